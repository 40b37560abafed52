import { US_REGION } from './clockZone.ts';
import { MONTH_SHORT_CAPITALISED_SOURCE } from './monthNames.ts';
import { WEEKDAY_CAPITALISED_SOURCE } from './weekdayNames.ts';

// The capitalised words that after "Midnight" still tell a clock: a day or a month ("Midnight
// Tuesday", "Midnight Dec. 31"), a zone or a clock's own word ("Midnight Eastern", "Midnight EST",
// "Midnight Tonight", "Midnight Local Time"), or a place's time ("Midnight Chicago time",
// "Midnight New York time").
const CLOCK_WORD_AFTER = String.raw`(?:${WEEKDAY_CAPITALISED_SOURCE}|(?:${MONTH_SHORT_CAPITALISED_SOURCE})[a-z]*\b|Tonight|Today|Tomorrow|${US_REGION}|Atlantic|Local|Greenwich|[A-Z]{2,4}\b|(?:[A-Z][a-z]+\s+){1,2}time\b)`;

/**
 * "The retailer's Midnight Madness sale drew record crowds", "the film Midnight Express": a
 * capitalised "Midnight" inside a sentence right before another capitalised word is the opening of
 * a name, no clock, so it is blanked before chrono reads. Not a "Midnight" that opens a sentence or
 * follows a colon or a quotation mark, where any word is capitalised ("Midnight Friday is the
 * deadline"), nor one before a day, a month, a zone or a clock's own word ("the strike starts at
 * Midnight Tuesday", "at Midnight EST"), nor "Midnight Mass" (`MIDNIGHT_MASS`), nor a lower-case
 * "midnight" ("at midnight Friday"). Global, for masking every one in a text.
 *
 * @example "The store's Midnight Madness sale".replace(MIDNIGHT_IN_NAME, '        ')
 */
export const MIDNIGHT_IN_NAME = new RegExp(
  String.raw`(?<![.!?:"“‘'\n]\s*|^\s*)\bMidnight(?=\s+(?!${CLOCK_WORD_AFTER})(?!Mass\b)[A-Z][a-z]+)`,
  'g',
);
