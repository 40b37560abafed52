import { format, getISOWeek, getISOWeekYear, getMonth, getYear } from 'date-fns';
import type { Granularity } from '../model/temporal.ts';
import { toCalendarDate } from './calendarDate.ts';
import { pad } from './parseChrono.ts';

export type Season = 'SP' | 'SU' | 'FA' | 'WI';

/**
 * The meteorological (northern) season a day falls in, with the year TIMEX gives it: winter
 * `YYYY-WI` runs from December of YYYY to the end of February of YYYY+1.
 */
export function seasonOf(date: Date): { year: number; season: Season } {
  const month = getMonth(date) + 1;
  const year = getYear(date);
  if (month >= 3 && month <= 5) return { year, season: 'SP' };
  if (month >= 6 && month <= 8) return { year, season: 'SU' };
  if (month >= 9 && month <= 11) return { year, season: 'FA' };
  return { year: month === 12 ? year : year - 1, season: 'WI' };
}

/**
 * The TIMEX3 value of the period of `granularity` that contains `date`, e.g. a day in mid-August
 * 2025 at week granularity → `2025-W33`. `span` has no calendar value and throws.
 */
export function toTimex(date: Date, granularity: Granularity): string {
  switch (granularity) {
    case 'day':
      return toCalendarDate(date);
    case 'week':
      // ISO weeks: the week belongs to the year that holds its Thursday.
      return `${getISOWeekYear(date)}-W${pad(getISOWeek(date))}`;
    case 'month':
      return format(date, 'yyyy-MM');
    case 'quarter':
      return format(date, "yyyy-'Q'q");
    case 'season': {
      const { year, season } = seasonOf(date);
      return `${year}-${season}`;
    }
    case 'year':
      return format(date, 'yyyy');
    case 'decade':
      return `${format(date, 'yyyy').slice(0, 3)}X`;
    case 'span':
      throw new RangeError('a span has no calendar TIMEX value');
  }
}
