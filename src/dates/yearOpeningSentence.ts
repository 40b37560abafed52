import { sentenceStartAt } from './sentenceEnds.ts';

// "In 2019 the ferry …", "Back in 2019, …", "During 2016, …": a year in figures after "in" or
// "during" that opens the sentence (a quote mark or bracket aside), not an amount after it
// ("In 2019 percent terms", "In 2019 dollars" name no story's year; "In 2019, 40 people died"
// does).
const OPENING_YEAR =
  /^["“‘'(\s]*(?:(?:back|early|late)\s+)?(?:in|during)\s+(?:(?:early|late|mid-?)\s*)?((?:1[6-9]|20)\d\d)\b(?![\d%]|\s*(?:percent|per\s+cent|dollars|terms|prices|money)\b)\s*,?\s+/i;

/**
 * The year gone by that opens the sentence holding `start` ("In 2019 the ferry was scheduled to
 * sail on", "Back in 2016, the parade was held on"): what the sentence tells is that year's story,
 * so a day it names by the calendar alone (a holiday) is that year's, not one reckoned from
 * publication. `undefined` when the sentence opens otherwise, or with publication's year or a later
 * one (whose story may be a plan as well as a record).
 *
 * @example yearOpeningSentence('In 2019 the ferry was due to sail on Christmas Day.', 35, '2024-12-10') // 2019
 */
export function yearOpeningSentence(
  text: string,
  start: number,
  published: string,
): number | undefined {
  const opening = OPENING_YEAR.exec(text.slice(sentenceStartAt(text, start), start));
  if (!opening) return undefined;
  const year = Number(opening[1]);
  return year < Number(published.slice(0, 4)) ? year : undefined;
}
