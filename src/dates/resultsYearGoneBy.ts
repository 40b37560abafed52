import { FORECAST_FOR, LAST_REPORTING_MONTH } from './fullYearGoneBy.ts';
import { sentenceAt } from './sentenceEnds.ts';
import type { Tense } from './tenseAround.ts';

// "the year" alone after "for" ("For the year, net income fell"); "the full year" is
// fullYearGoneBy's, "the fiscal year" may end in any month and is left.
const PLAIN_YEAR = /^the\s+year$/i;
const FOR_BEFORE = /\bfor\s+$/i;
// The words of a company's results: what it earned, lost or sold, counted in money.
const RESULTS =
  /\b(?:net\s+income|net\s+loss|net|profits?|earnings|earned|revenues?|sales|loss|lost|per\s+share|a\s+share)\b/i;

/**
 * Whether "for the year" in a past sentence of a company's results is the year gone by: "For the
 * year, the bank earned $140 million", said on 30 January 1991, is `1990`, as "Net income for the
 * year fell 12%" said in February; the results of a year are reported in the first months of the
 * next. `text` is the article, `start`..`end` the words "the year", `published` YYYY-MM-DD.
 *
 * Leaves the rest of the year, a sentence told ahead or in the present ("The company expects a
 * loss for the year", "The stock is up 5% for the year"), a forecast for the year ("raised its
 * outlook for the year"), a sentence with no results in it ("The index fell for the year" is a
 * market's tally) and "the fiscal year", which may end in any month.
 *
 * @example resultsYearGoneBy('For the year, net fell.', 4, 12, 'past', '1991-01-30') // true
 */
export function resultsYearGoneBy(
  text: string,
  start: number,
  end: number,
  tense: Tense,
  published: string,
): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  return (
    tense === 'past' &&
    PLAIN_YEAR.test(text.slice(start, end)) &&
    FOR_BEFORE.test(before) &&
    !FORECAST_FOR.test(before) &&
    Number(published.slice(5, 7)) <= LAST_REPORTING_MONTH &&
    RESULTS.test(sentenceAt(text, start, end))
  );
}
