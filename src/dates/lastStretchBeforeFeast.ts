import { yearGoneByBefore } from './yearGoneByBefore.ts';

// "the last two weeks before", "the final 10 days before", "the last week before", "the last few
// shopping days before": the last stretch of a feast's run-up, counted in days or weeks.
const LAST_STRETCH_BEFORE =
  /\bthe\s+(?:last|final)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|few|couple\s+of)\s+)?(?:shopping\s+)?(?:days?|weeks?|weekends?)\s+before\s+$/i;

/**
 * Whether a feast at `start` is named after the last stretch of days or weeks before it
 * ("Retailers hope for a strong finish in the last two weeks before Christmas", said on 11
 * December 1989): the "last" is the stretch's, no past cue, so the feast is the nearer of the
 * last and the next (1989-12-25, where it was read 1988-12-25), as other copy of its run-up is.
 * Not a stretch with no "last" ("the two weeks before Christmas", read by its tense as it was),
 * nor a "last" that is the feast's ("since last Christmas"), nor one after a year gone by in its
 * sentence ("Last year the last two weeks before Christmas brought a third of sales").
 *
 * @example lastStretchBeforeFeast('Sales in the last two weeks before Christmas', 35) // true
 */
export function lastStretchBeforeFeast(text: string, start: number): boolean {
  return (
    LAST_STRETCH_BEFORE.test(text.slice(Math.max(0, start - 50), start)) &&
    !yearGoneByBefore(text, start)
  );
}
