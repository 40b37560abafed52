import { toLocalDate } from './calendarDate.ts';
import { tenseAround } from './tenseAround.ts';

/**
 * "throughout the week": "the" before a week that a story's deed or plan lasts through
 * ("Aftershocks continued throughout the week", "Talks will continue throughout the week"), a
 * regular expression's source to stand before the unit in readPeriods' pattern. The week is the
 * one of publication, as "throughout the year" is the year's. Not "the week" before "of",
 * "before", "after", "ending", "ended", "that", "when", "in" or "to" ("throughout the week of 12
 * March", "throughout the week before the vote"), nor its possessive.
 */
export const WEEK_THROUGHOUT_SOURCE = String.raw`(?<=\bthroughout )the\s+(?:whole\s+|entire\s+)?(?=week\b(?!\s+(?:of|before|after|ending|ended|that|when|in|to)\b|['’-]))`;

/**
 * Whether "throughout the week" at `start`–`end` is told by its clause as a deed gone by or a plan
 * ahead, which a week of publication has: a present tells a habit of any week ("The café is open
 * throughout the week"), which it leaves. A deed gone by told on a Monday ("Protests continued
 * throughout the week, police said") is the week before, which it leaves too: the week of
 * publication has barely begun.
 *
 * @example isWeekThroughoutTold('Talks will continue throughout the week.', 31, 39, '2026-09-23') // true
 */
export function isWeekThroughoutTold(
  text: string,
  start: number,
  end: number,
  published: string,
): boolean {
  const tense = tenseAround(text, start, end);
  if (tense === 'past' && toLocalDate(published).getDay() === 1) return false;
  return tense !== 'unknown';
}
