// What comes before the idiom's "no tomorrow": "there is", "there were", "there's", "like" ("as if
// there were no tomorrow", "spending like there's no tomorrow", "spending like no tomorrow"). A
// bare "no" is not enough: "he will vote no tomorrow", "say yes or no tomorrow" name the day.
const IDIOM_BEFORE_SOURCE = String.raw`\b(?:there(?:\s+(?:is|was|were|will\s+be|would\s+be|might\s+be|may\s+be|could\s+be)|['’]s)|like)\s+no\s+`;
const IDIOM_BEFORE = new RegExp(`${IDIOM_BEFORE_SOURCE}$`, 'i');
const TOMORROW_AT = /^tomorrow\b/i;

/**
 * "lent money as if there were no tomorrow", "spending like there's no tomorrow": the idiom's
 * "tomorrow" is no day. TimeML would mark none, so both readings read nothing over it.
 */
export const NO_TOMORROW = new RegExp(`(?<=${IDIOM_BEFORE_SOURCE})tomorrow\\b`, 'gi');

/**
 * Whether the word at `start` is the "tomorrow" of "there is no tomorrow".
 *
 * @example isNoTomorrow('as if there were no tomorrow', 20) // true
 */
export function isNoTomorrow(text: string, start: number): boolean {
  return (
    TOMORROW_AT.test(text.slice(start, start + 9)) &&
    IDIOM_BEFORE.test(text.slice(Math.max(0, start - 30), start))
  );
}
