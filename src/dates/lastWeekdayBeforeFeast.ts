import { yearGoneByBefore } from './yearGoneByBefore.ts';
import { WEEKDAY_PATTERN } from './weekdayNames.ts';

// "the last Saturday before", "the final Friday before": the last weekday of a feast's run-up.
const LAST_WEEKDAY_BEFORE = new RegExp(
  String.raw`\bthe\s+(?:last|final)\s+${WEEKDAY_PATTERN}\s+before\s+$`,
  'i',
);

/**
 * Whether a feast at `start` is named after the last weekday before it ("The last Saturday before
 * Christmas is traditionally the busiest day", said on 7 December 2026): the "last" is the
 * weekday's, no past cue, so the feast is the nearer of the last and the next (2026-12-25), as
 * other copy of its run-up is, and the weekday counted from it 19 December
 * (`joinWeekdayToHoliday`). Not "the Saturday before Christmas" with no count, read by its tense
 * as it was, nor a "last" that is the feast's ("since last Christmas"), nor one after a year gone
 * by in its sentence ("Last year the last Saturday before Christmas was the busiest day", said on
 * 20 November 2026, is 20 December 2025).
 *
 * @example lastWeekdayBeforeFeast('The last Saturday before Christmas is busy.', 25) // true
 */
export function lastWeekdayBeforeFeast(text: string, start: number): boolean {
  return (
    LAST_WEEKDAY_BEFORE.test(text.slice(Math.max(0, start - 40), start)) &&
    !yearGoneByBefore(text, start)
  );
}
