import { MONTH_NAME_CAPITALISED_SOURCE } from './monthNames.ts';
import { HONORIFIC_SOURCE } from './personTitle.ts';

const CAPITALISED_MONTH = new RegExp(`^(?:${MONTH_NAME_CAPITALISED_SOURCE})$`);
// An honorific right before the word: "Mr. March", "Mrs. May", "Ms April", "Dr. June", "Messrs.
// March". It is followed by a name only, never by a month. The honorifics of personTitle.ts, not
// its offices ("Judge", "Chief"), after which a month may be a date.
const HONORIFIC_BEFORE = new RegExp(String.raw`\b(?:${HONORIFIC_SOURCE}|Messrs)\.?\s+$`);
// A figure right after the month ("Dr. March 3"): a date, whatever comes before it.
const FIGURE_AFTER = /^\s*\d/;

/**
 * Whether the capitalised month at `start`..`end` is a name after an honorific: "Mr. March, the
 * RTC's spokesman, declined to comment", "Mrs. May said" name a person, no month. Not a month a
 * figure follows ("Dr. March 3" is no name wire copy writes), nor one in lower case.
 *
 * @example isMonthAfterHonorific('Mr. March declined to comment.', 4, 9) // true
 */
export function isMonthAfterHonorific(text: string, start: number, end: number): boolean {
  return (
    CAPITALISED_MONTH.test(text.slice(start, end)) &&
    !FIGURE_AFTER.test(text.slice(end, end + 4)) &&
    HONORIFIC_BEFORE.test(text.slice(Math.max(0, start - 10), start))
  );
}
