import { readNumber } from './readNumber.ts';
import { sentenceStartAt } from './sentenceEnds.ts';

// "In 2019 the ferry …", "Back in 2019, …", "During 2016, …": a year in figures after "in" or
// "during" that opens the sentence (a quote mark or bracket aside), not an amount after it
// ("In 2019 percent terms", "In 2019 dollars", "In 2022 figures" name no story's year; "In 2019,
// 40 people died" does).
const OPENING_YEAR =
  /^["“‘'(\s]*(?:(?:back|early|late)\s+)?(?:in|during)\s+(?:(?:early|late|mid-?)\s*)?((?:1[6-9]|20)\d\d)\b(?![\d%]|\s*(?:percent|per\s+cent|dollars|terms|prices|money|figures)\b)\s*,?\s+/i;
// "Four years ago, Bob Dole wrapped up the nomination in March", "Two years ago, …": a count of
// years gone by that opens the sentence, with its comma, names that year as "In 1996, …" does.
// A count up to twenty, in figures or words; not "Four years ago this month" (its own period).
const OPENING_YEARS_AGO = /^["“‘'(\s]*([a-z]+(?:[ -][a-z]+)?|\d{1,2})\s+years?\s+ago\s*,\s+/i;
// "In 2023, the mall closed early, but it will stay open on Christmas Eve": a later clause, joined
// after a comma or semicolon, that looks ahead with "will", "'ll", "shall" or "going to" tells a
// story of its own, which the opening year does not reach.
const LATER_CLAUSE_AHEAD =
  /[,;]\s*(?:(?:but|and|yet|while|so|though|although|whereas)\s+)?[^,;]*\b(?:will|shall|['’]ll|(?:is|are)\s+going\s+to)\b/i;

/**
 * The year gone by that opens the sentence holding `start` ("In 2019 the ferry was scheduled to
 * sail on", "Back in 2016, the parade was held on", "Four years ago, Bob Dole wrapped up the
 * nomination in"): what the sentence tells is that year's story, so a day it names by the
 * calendar alone (a holiday) is that year's, not one reckoned from publication. `undefined` when
 * the sentence opens otherwise, or with publication's year or a later one (whose story may be a
 * plan as well as a record), or when the day is in a later clause that looks ahead.
 *
 * @example
 * yearOpeningSentence('In 2019 the ferry was due to sail on Christmas Day.', 35, '2024-12-10')
 * // 2019
 */
export function yearOpeningSentence(
  text: string,
  start: number,
  published: string,
): number | undefined {
  const before = text.slice(sentenceStartAt(text, start), start);
  const named = OPENING_YEAR.exec(before);
  const counted = named ? null : OPENING_YEARS_AGO.exec(before);
  const opening = named ?? counted;
  if (!opening || LATER_CLAUSE_AHEAD.test(before.slice(opening[0].length))) return undefined;
  const count = counted ? readNumber(counted[1]!) : undefined;
  if (counted && (count === undefined || !Number.isInteger(count) || count < 1 || count > 20))
    return undefined;
  const year = count === undefined ? Number(opening[1]) : Number(published.slice(0, 4)) - count;
  return year < Number(published.slice(0, 4)) ? year : undefined;
}
