import type { Mention } from '../model/mention.ts';

/** A clock time and nothing else: "at 3am", "0900 GMT", "at 10:30 a.m. EST". */
const CLOCK_TIME_ALONE =
  /^(?:at\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}:\d{2}|\d{4}\s*(?:GMT|UTC|hrs?))(?:\s+[A-Z]{2,5})?\.?$/i;

/**
 * Whether a date's words name no day of their own, only a time of it ("at 3am", "0900 GMT"):
 * the day is the one a reader assumes, the day of publication, not one the words give.
 */
export function namesNoDay(mention: Mention): boolean {
  return CLOCK_TIME_ALONE.test(mention.text.trim());
}
