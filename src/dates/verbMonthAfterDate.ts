import { MONTH_CAPITALISED_SOURCE } from './monthNames.ts';

/**
 * A month's name in lower case right after a date written with its month's capital and its day:
 * the noun or the verb "march" or "may" ("The Nov. 6 march drew thousands", "The June 3 march
 * ended peacefully"), which chrono would read with the day before it as a date of its own ("6
 * march"), the date named before it lost. Blanked (`g`), so the date before is read alone.
 */
export const VERB_MONTH_AFTER_DATE = new RegExp(
  String.raw`(?<=\b(?:${MONTH_CAPITALISED_SOURCE})\s*\d{1,2}(?:st|nd|rd|th)?\s+)(?:march|may)\b`,
  'g',
);
