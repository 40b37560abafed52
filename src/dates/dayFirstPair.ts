import { MONTH_CAPITALISED_SOURCE } from './monthNames.ts';

const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;

/**
 * The "and" or "or" between two days of one month written day first, the month once after the
 * second: "strike days on 12 and 13 March", "overnight closures between 8 and 12 December", "on
 * the 2nd or 3rd of June". chrono reads the second day alone and drops the first; maskForChrono
 * writes the joiner as "to", padded to its length, so chrono reads both ends, which stay two
 * days, or one stretch after "between" (joinRanges), as "June 12 and 13" already was. Not a
 * figure before the first number ("£8 and 12 March", "3.8 and 12 March"), nor a lower-case "may".
 * Global, for masking every one in a text.
 */
export const DAY_FIRST_PAIR = new RegExp(
  String.raw`(?<=(?<![\d.,£$€]|\d\s)\b${DAY}\s+)(?:and|or)(?=\s+(?:the\s+)?${DAY}\s+(?:of\s+)?(?:${MONTH_CAPITALISED_SOURCE})(?![a-z]))`,
  'g',
);
