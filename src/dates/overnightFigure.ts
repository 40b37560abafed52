import { MONTH_WORD_SOURCE } from './monthNames.ts';
import { sentenceAt } from './sentenceEnds.ts';

/**
 * A forecast's or a record's figure of the night: "Overnight lows could fall to minus 6C", "An
 * overnight low of 2C is forecast", "The overnight low at the airport was minus 12C",
 * "Overnight temperatures will dip to 28 degrees". "overnight" before such a noun is the night
 * the clause's tense tells (readOvernight's rule), where "overnight rates" or "an overnight stay"
 * are no night at all.
 */
export const OVERNIGHT_FIGURE =
  /\bovernight(?=\s+(?:lows?|minimums?|minima|temperatures?|temps|readings?)\b)/gi;

// A figure of every night, a climate's ("Overnight lows in January average minus 3C", "typically
// dip below freezing"), told by a month, a season's "in winter", or an adverb of habit; or of many
// nights, a run or a trend ("were below freezing all last week", "will stay above freezing through
// the weekend", "have risen over the past three decades", "readings published weekly").
const MANY_NIGHTS = String.raw`all\s+(?:last\s+|this\s+|next\s+)?week|(?:through|throughout|over|across)\s+(?:the\s+)?(?:week(?:end)?|coming\s+days)|weekly|nightly|(?:over|in)\s+(?:the\s+)?(?:past|last|recent)\s+(?:\w+\s+)?(?:years|decades)`;
const CLIMATE = new RegExp(
  String.raw`\b(?:average|averages|averaged|typically|usually|normally|often|generally|rarely|seldom|${MONTH_WORD_SOURCE}|in\s+(?:winter|summer|spring|autumn|fall)|${MANY_NIGHTS})`,
  'i',
);

/**
 * Whether the sentence of a match of OVERNIGHT_FIGURE tells of a climate, every night's figure,
 * or of a run of many nights, no night of its own.
 *
 * @example isClimateFigure('Overnight lows in January average minus 3C.', 0, 9) // true
 */
export function isClimateFigure(text: string, start: number, end: number): boolean {
  return CLIMATE.test(sentenceAt(text, start, end));
}
