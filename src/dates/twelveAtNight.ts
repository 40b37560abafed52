import { WEEKDAY_PATTERN } from './weekdayNames.ts';

// Twelve in figures or in words ("twelve o'clock Saturday night") before a weekday's night.
// "12 o'clock tonight" is readCompounds', as "midnight tonight" is.
const SOURCE = String.raw`\b(?:12|twelve)\s+o['’]clock(?=\s+(?:on\s+)?(?:${WEEKDAY_PATTERN})\s+night\b)`;

/**
 * "at 12 o'clock Saturday night", "12 o'clock on Friday night": twelve told with the night after
 * its weekday is the midnight that ends that day, not noon, which chrono gives a bare "12
 * o'clock". maskForChrono writes it as "midnight", padded to its length, and readChrono ends the
 * day there as it does for "midnight Saturday". Not with another part of the day ("12 o'clock
 * Saturday afternoon" is noon) nor without one ("We met at 12 o'clock Saturday"). Global, for
 * masking every one in a text.
 */
export const TWELVE_AT_NIGHT = new RegExp(SOURCE, 'gi');

const AT_START = new RegExp(`^(?:at\\s+)?${SOURCE}`, 'i');

/** Whether `words` (a mention's text and what follows it) open with such a twelve o'clock. */
export function opensWithTwelveAtNight(words: string): boolean {
  return AT_START.test(words);
}

/**
 * "by Jan. 31 at 12 midnight", "ends at twelve midnight": the twelve written before "midnight" is
 * that midnight's, not an hour of its own, which chrono would read as noon and leave "midnight"
 * apart. maskForChrono blanks it, so the mention keeps its words and reads as "midnight" does.
 */
export const TWELVE_BEFORE_MIDNIGHT = /\b(?:12|twelve)\s+(?=midnight\b)/gi;
