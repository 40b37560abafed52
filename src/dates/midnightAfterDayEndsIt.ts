import { midnightEndsDay } from './midnightEndsDay.ts';

// "Sunday at midnight", "31 January at midnight", "Jan. 31 at 12 midnight": the day first, its
// midnight after "at".
const AT_MIDNIGHT_AFTER_DAY = /\S\s+at\s+(?:12\s+)?midnight$/i;

/**
 * Whether a day written before its midnight ("The sale ends Sunday at midnight", "Returns must be
 * filed by 31 January at midnight") names the midnight that ends it, as "midnight on Sunday" after
 * the same words does: only after a verb of ending or a deadline, or right after "by", "until" or
 * "before" (midnightEndsDay). Elsewhere ("Police closed the road on Sunday at midnight", "The
 * curfew starts Friday at midnight") the midnight opens the day, as chrono reads it.
 *
 * @example midnightAfterDayEndsIt('The sale ends Sunday at midnight.', 14, 32) // true
 */
export function midnightAfterDayEndsIt(text: string, start: number, end: number): boolean {
  return AT_MIDNIGHT_AFTER_DAY.test(text.slice(start, end)) && midnightEndsDay(text, start);
}
