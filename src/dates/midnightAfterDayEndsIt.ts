import { midnightEndsDay } from './midnightEndsDay.ts';

// "Sunday at midnight", "31 January at midnight", "Jan. 31 at 12 midnight": the day first, its
// midnight after "at".
const AT_MIDNIGHT_AFTER_DAY = /\S\s+at\s+(?:12\s+)?midnight$/i;
// "Jan. 31 midnight", "Friday midnight": the day first, its midnight right after it, which ends
// the day here only right after a deadline's "by", "until" or "before" ("must arrive by Jan. 31
// midnight"); a weekday right before its midnight ends it wherever it stands (readChrono's
// WEEKDAY_BEFORE_MIDNIGHT).
const BARE_MIDNIGHT_AFTER_DAY = /\S\s+(?:12\s+)?midnight$/i;
const DEADLINE_BEFORE = /\b(?:by|until|till|before)\s+$/i;

/**
 * Whether a day written before its midnight ("The sale ends Sunday at midnight", "Returns must be
 * filed by 31 January at midnight") names the midnight that ends it, as "midnight on Sunday" after
 * the same words does ("Ballots had to arrive by Jan. 31 midnight" only right after "by", "until"
 * or "before"): only after a verb of ending or a deadline, or right after "by", "until" or
 * "before" (midnightEndsDay). Elsewhere ("Police closed the road on Sunday at midnight", "The
 * curfew starts Friday at midnight") the midnight opens the day, as chrono reads it.
 *
 * @example midnightAfterDayEndsIt('The sale ends Sunday at midnight.', 14, 32) // true
 */
export function midnightAfterDayEndsIt(text: string, start: number, end: number): boolean {
  const words = text.slice(start, end);
  if (AT_MIDNIGHT_AFTER_DAY.test(words)) return midnightEndsDay(text, start);
  return (
    BARE_MIDNIGHT_AFTER_DAY.test(words) &&
    DEADLINE_BEFORE.test(text.slice(Math.max(0, start - 10), start))
  );
}
