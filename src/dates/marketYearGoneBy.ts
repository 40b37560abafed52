import { isYearWrapWeekPast } from './isYearWrapWeekPast.ts';
import { FOR_BEFORE, TALLY_SO_FAR } from './resultsYearGoneBy.ts';
import { sentenceAt, sentenceStartAt } from './sentenceEnds.ts';
import type { Tense } from './tenseAround.ts';

// The words of a market's wrap: an index, stocks, bonds, a price or a currency.
const MARKET =
  /\b(?:Dow|index|indexes|average|stocks?|shares|bonds?|Treasury|Treasuries|prices|gold|silver|dollar|yen|futures|market|Nasdaq)\b/i;
// The year's change told before "for the year" in its sentence ("The dollar fell 4% against the mark
// for the year", "Stock funds posted their best showing in a decade for the year"), unless
// "For the year," opens the sentence. Not a start, a target or a bet on the year ("Stocks got off to
// a weak start for the year", "set its money-supply target for the year").
const CHANGE_BEFORE =
  /\b(?:rose|fell|gained|lost|declined|dropped|climbed|advanced|slid|slipped|jumped|surged|soared|tumbled|plunged|sank|rallied|ended|finished|closed|posted|(?:was|were)\s+(?:up|down))\b/i;
const OPENS_SENTENCE = /^for\s+$/i;
// A session of the new year in the sentence makes it a tally so far: "The Dow rose 12 points
// yesterday, its third gain for the year", said on 4 January.
const NEW_YEAR_SESSION = /\b(?:yesterday|today)\b/i;

/**
 * Whether "for the year" in a past sentence of a market's wrap, said in the first week of
 * January, is the year gone by: "For the year, the Dow Jones Industrial Average rose 27%", said on
 * 2 January 1990, is `1989`; a year-end wrap runs on the first trading days of the next. Leaves a
 * tally of the year under way ("The Dow rose 12 points, leaving it up 0.4% for the year"), a
 * sentence in the present ("For the year, the Dow is up 0.4%") or with no market in it, and the
 * rest of January; and a start, a target or a bet on the year ("Stocks got off to a weak start for
 * the year"), with no change told before it, or a sentence with yesterday's or today's session.
 *
 * @example marketYearGoneBy('For the year, the Dow rose 27%.', 4, 12, 'past', '1990-01-02') // true
 */
export function marketYearGoneBy(
  text: string,
  start: number,
  end: number,
  tense: Tense,
  published: string,
): boolean {
  if (
    !isYearWrapWeekPast(text, start, end, tense, published) ||
    !FOR_BEFORE.test(text.slice(Math.max(0, start - 10), start))
  )
    return false;
  const head = text.slice(sentenceStartAt(text, start), start);
  if (!OPENS_SENTENCE.test(head) && !CHANGE_BEFORE.test(head)) return false;
  const sentence = sentenceAt(text, start, end);
  return MARKET.test(sentence) && !TALLY_SO_FAR.test(sentence) && !NEW_YEAR_SESSION.test(sentence);
}
