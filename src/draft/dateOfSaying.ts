/**
 * A verb that tells when words were said or put out, right before the date: "officials said on
 * Wednesday", "police said Tuesday", "according to a statement released Monday".
 */
const SAYING_BEFORE =
  /\b(?:said|says|told\s+(?:[\w’'-]+\s+){0,2}?reporters|announced|confirmed|stated|reported|recalled|added|released|issued|published)\s+(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?$/i;

/**
 * Whether a date only says when someone said something, not when what they told happened: the
 * date follows a verb of saying, and nothing but the end of the sentence comes after it.
 */
export function isDateOfSaying(before: string, expression: string, after: string): boolean {
  const words = /^on\s+/i.test(expression) ? `${before}on ` : before;
  return SAYING_BEFORE.test(words) && /^\s*(?:[.!?;,"”’)]|$)/.test(after);
}
