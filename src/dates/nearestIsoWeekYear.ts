import { addWeeks, differenceInCalendarDays, startOfISOWeek } from 'date-fns';

/** The Monday of ISO week `week` of `year` (an ISO year's first week holds its 4 January). */
export function isoWeekMonday(year: number, week: number): Date {
  return addWeeks(startOfISOWeek(new Date(year, 0, 4)), week - 1);
}

/**
 * Of the year before `year`, `year` and the year after, the one whose ISO week `week` starts
 * nearest `day`: a week named by its number alone is the one nearest the day it is told beside
 * ("week 52" said in January is the last year's, "week 1" said in December the next year's).
 *
 * @example nearestIsoWeekYear(52, new Date(2027, 0, 8), 2027) // 2026
 */
export function nearestIsoWeekYear(week: number, day: Date, year: number): number {
  return [year - 1, year, year + 1]
    .map((y) => ({ y, gap: Math.abs(differenceInCalendarDays(isoWeekMonday(y, week), day)) }))
    .sort((a, b) => a.gap - b.gap)[0]!.y;
}
