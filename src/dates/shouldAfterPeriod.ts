import { SHOULD_AHEAD_SOURCE } from './shouldAhead.ts';

// "should" right after a period's words, at most three words between ("results for the second
// half should improve", "Net income in the second half should benefit from lower costs").
const SHOULD_AFTER = new RegExp(String.raw`^\s+(?:[\w-]+\s+){0,3}?${SHOULD_AHEAD_SOURCE}\s`, 'i');

/**
 * Whether the words after a half of the year (`after`) give it a forecast's "should", so it is
 * the half to come or under way, when it has not already ended this year: "The company said
 * results for the second half should improve", said in April 1992, is `1992-H2`. After the date,
 * "should" as often judges a period gone by, so only a half not yet over is read ahead: "Profit
 * in the first half should be seen as a one-off", said in September, keeps the half just ended.
 *
 * @param after the text right after the half's words
 * @param notOver whether the half is under way or still to come in the year of publication
 * @example shouldAfterPeriod(' should improve.', true) // true
 */
export function shouldAfterPeriod(after: string, notOver: boolean): boolean {
  return notOver && SHOULD_AFTER.test(after);
}
