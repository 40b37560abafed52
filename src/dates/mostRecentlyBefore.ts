// "most recently on Sunday", "most recently Tuesday", "the latest on Monday", "last held on
// Friday": the words that name the latest of things done again and again. Not "at the latest" or
// "by the latest", which set a deadline ahead ("Results will be out at the latest on Monday").
const MOST_RECENTLY_BEFORE =
  /\b(?:most\s+recently|(?<!\b(?:at|by)\s+)the\s+(?:latest|most\s+recent)(?:\s+one)?|last\s+(?:held|staged|done|seen))\s*,?\s+(?:on\s+)?$/i;

/**
 * Whether the time at `start` is the latest of a thing done again and again: "They hold elections
 * every four years, most recently on Sunday", said on a Wednesday, is the Sunday gone by, where
 * the present verb of a schedule ("hold") had put it ahead; "The committee meets twice a year,
 * most recently on Tuesday" alike. The latest time a thing happened is gone by, whatever tense the
 * habit is told in. Not "the next on Sunday", which looks ahead, nor a deadline "at the latest on
 * Monday".
 *
 * @example mostRecentlyBefore('They vote every year, most recently on Sunday.', 39) // true
 */
export function mostRecentlyBefore(text: string, start: number): boolean {
  return MOST_RECENTLY_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}
