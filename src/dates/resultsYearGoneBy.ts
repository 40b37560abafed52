import { FORECAST_FOR, LAST_REPORTING_MONTH } from './fullYearGoneBy.ts';
import { MONTH_WORD_SOURCE, monthNumber } from './monthNames.ts';
import { PLAIN_YEAR } from './plainYear.ts';
import { sentenceAt, sentenceStartAt } from './sentenceEnds.ts';
import type { Tense } from './tenseAround.ts';
import { WEEKDAY_PATTERN } from './weekdayNames.ts';
import { CAPITALISED } from './capitalised.ts';

// "the year" (PLAIN_YEAR) alone after "for" ("For the year, net income fell"); "the full year" is
// fullYearGoneBy's, "the fiscal year" may end in any month and is left.
export const FOR_BEFORE = /\bfor\s+$/i;
// The words of a company's results: what it earned, lost or sold, counted in money.
const RESULTS =
  /\b(?:net\s+income|net\s+loss|net|profits?|earnings|earned|revenues?|sales|loss|lost|per\s+share|a\s+share)\b/i;
// A tally of the year under way: "leaving it down 2% for the year", "the first five weeks", and a
// week's sales beside the year's ("Retail sales rose 0.4% in the latest week and were up 2.1% for
// the year", "sales for the year rose 2% through Saturday").
export const TALLY_SO_FAR = new RegExp(
  String.raw`\b(?:so\s+far|to\s+date|leaving|bringing|putting|first\s+(?:\w+\s+)?(?:days|weeks)|first\s+two\s+months|(?:latest|past|last)\s+week|in\s+the\s+week|week\s+ended|through\s+${WEEKDAY_PATTERN})\b`,
  'i',
);
// A plan or a forecast made before the figures: "had budgeted a loss for the year".
const PLANNED_BEFORE =
  /\b(?:budget(?:ed|s)?|plan(?:ned|s)?|project(?:ed|s)?|expect(?:ed|s)?|forecast(?:s)?|anticipat(?:ed|es)|target(?:ed|s)?)\b/i;
// A month's name with a capital and no year after it: "in January", "Feb. 12".
const MONTH_NO_YEAR = new RegExp(String.raw`\b${MONTH_WORD_SOURCE}(?!\.?,?\s+\d{4}\b)`, 'gi');

/**
 * Whether `sentence` names a month of the year under way, from January to the month of
 * `published`, with no year after it: "The fund lost 2% in January", said in February.
 */
function namesMonthUnderWay(sentence: string, published: string): boolean {
  const month = Number(published.slice(5, 7));
  // A capital first: the month's name, not the verb "may" or "march".
  return [...sentence.matchAll(MONTH_NO_YEAR)].some(
    ([word]) => CAPITALISED.test(word) && monthNumber(word) <= month,
  );
}

/**
 * Whether "for the year" in a past sentence of a company's results is the year gone by: "For the
 * year, the bank earned $140 million", said on 30 January 1991, is `1990`, as "Net income for the
 * year fell 12%" said in February; the results of a year are reported in the first months of the
 * next. `text` is the article, `start`..`end` the words "the year", `published` YYYY-MM-DD.
 *
 * Leaves the rest of the year, a sentence told ahead or in the present ("The company expects a
 * loss for the year", "The stock is up 5% for the year"), a forecast for the year ("raised its
 * outlook for the year"), a sentence with no results in it ("The index fell for the year" is a
 * market's tally), "the fiscal year", which may end in any month, and the year under way: a
 * tally so far ("The fund lost 2% in January, leaving it down 2% for the year", "Through the
 * first five weeks, sales for the year were running 4% ahead"), a month of it named ("Retailers
 * posted weak sales in February, a poor start for the year", said in March, or in the results of
 * the sentence before: "Car sales fell 8% in February. For the year, sales were down 5%.") and a
 * plan made before it ("The company had budgeted a loss for the year").
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
  const sentence = sentenceAt(text, start, end);
  const sentenceStart = sentenceStartAt(text, start);
  const sentenceBefore = text.slice(
    sentenceStart > 0 ? sentenceStartAt(text, sentenceStart - 1) : 0,
    sentenceStart,
  );
  return (
    tense === 'past' &&
    PLAIN_YEAR.test(text.slice(start, end)) &&
    FOR_BEFORE.test(before) &&
    !FORECAST_FOR.test(before) &&
    Number(published.slice(5, 7)) <= LAST_REPORTING_MONTH &&
    RESULTS.test(sentence) &&
    !TALLY_SO_FAR.test(sentence) &&
    !PLANNED_BEFORE.test(text.slice(sentenceStart, start)) &&
    !namesMonthUnderWay(sentence, published) &&
    !(RESULTS.test(sentenceBefore) && namesMonthUnderWay(sentenceBefore, published))
  );
}
