import type { Tense } from './tenseAround.ts';
import { monthsAhead } from './monthsAhead.ts';

// Nouns of figures that are released: "data", "figures", "payrolls".
const RELEASE_NOUNS = 'data|figures|numbers|statistics|readings?|payrolls';
// Nouns of figures that are reported, but also forecast: "results", "sales", "the unemployment
// rate".
const REPORTED_NOUNS = 'results|sales|earnings|inflation|rates?|index';
// "The data for October", "figures for September", "payrolls for March": a month whose figures
// are released, which is over by the time they are spoken of.
const RELEASE_NOUN_BEFORE = new RegExp(`\\b(?:${RELEASE_NOUNS})\\s+for\\s+$`, 'i');
// "Sales for February will be released on Friday": other reported nouns name a month of figures
// only with a verb of release after them; "Sales for December will be boosted" is a forecast, and
// so is "Sales for February are due to double next year".
const REPORTED_NOUN_BEFORE = new RegExp(`\\b(?:${REPORTED_NOUNS})\\s+for\\s+$`, 'i');
// "Retail sales in December will be published next week": any of these nouns with "in" names a
// month of figures only with a verb of release after it too; "Payrolls in March will rise" and
// "Inflation in December will ease" are forecasts.
const REPORTED_NOUN_IN_BEFORE = new RegExp(
  `\\b(?:${RELEASE_NOUNS}|${REPORTED_NOUNS})\\s+in\\s+$`,
  'i',
);
const RELEASE_VERB = /\b(?:released|published|issued|due(?!\s+to\b)|out)\b/i;
/** How many months behind publication a month of figures may be to be read as gone by. */
const BEHIND_MONTHS = 3;

/**
 * The tense to read a month named without a year by: a month of figures one to three months
 * behind publication ("The data for October will be released next week", said in November) is the
 * one gone by, whatever "will" says of the release. `after` is the text from the month on.
 *
 * @example
 * reportedMonthTense('The data for ', 'October will be released', 10, '2024-11-08', 'future')
 * // 'past'
 */
export function reportedMonthTense(
  before: string,
  after: string,
  month: number,
  published: string,
  tense: Tense,
): Tense {
  if (tense !== 'future') return tense;
  const release =
    RELEASE_NOUN_BEFORE.test(before) ||
    ((REPORTED_NOUN_BEFORE.test(before) || REPORTED_NOUN_IN_BEFORE.test(before)) &&
      RELEASE_VERB.test(after));
  if (!release) return tense;
  const behind = (12 - monthsAhead(month, published)) % 12;
  return behind >= 1 && behind <= BEHIND_MONTHS ? 'past' : tense;
}
