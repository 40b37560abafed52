import { isoWeekMonday, nearestIsoWeekYear } from './nearestIsoWeekYear.ts';

// "week 3 of 2026": a week whose year is written.
const WEEK_OF_YEAR = /\bweek\s+(\d{1,2})\s+of\s+(\d{4})\b/i;

/**
 * The year of a week named by its number alone, in a sentence that writes another week's year:
 * the year that puts it nearest that week. "Flu admissions peaked in week 2 and fell in week 3 of
 * 2026" is `2026-W02` whenever it is said; "climbed in week 51 and peaked in week 1 of 2026"
 * `2025-W51`; "peaked in week 52 of 2025 and eased in week 1" `2026-W01`. Null when the sentence
 * writes no week's year, and the week is then the one nearest publication. Null too when the
 * written week has the same number: "admissions in week 6 were double those in week 6 of 2025"
 * compares a week with the same week of another year, so week 6 is not 2025's.
 *
 * @example weekNearNamedYear(2, 'peaked in week 2 and fell in week 3 of 2026') // 2026
 */
export function weekNearNamedYear(week: number, sentence: string): number | null {
  const named = WEEK_OF_YEAR.exec(sentence);
  if (!named || Number(named[1]) === week) return null;
  const year = Number(named[2]);
  return nearestIsoWeekYear(week, isoWeekMonday(year, Number(named[1])), year);
}
