import { EXPECTED_PERFECT_BEFORE } from './expectedMonthTense.ts';
import { pad } from './parseChrono.ts';
import { sentenceStartAt } from './sentenceEnds.ts';

// A year gone by that opens the sentence, alone or closing a fronted clause of time, before the
// comma that ends it: "In 2019, …", "Back in early 2019, …", "When the war began in 1914, …". Not
// a year in the sentence before, an aside ("Smith, who has run the company since 2019, …"), a
// "since" phrase or a comparison ("levels seen in 2019"): those do not set the story in that year.
const OPENING_YEAR =
  /^["“‘'(\s]*(?:(?:(?:back|early|late)\s+)?(?:in|during)\s+(?:(?:early|late|mid-?)\s*)?|(?:when|as|after|before|while)\b[^,;:"“”]{0,80}?\bin\s+(?:(?:early|late|mid-?)\s*)?)((?:1[6-9]|20)\d\d)\s*,/i;

/**
 * The month named without a year after a past perfect of expectation, in a sentence opened by a
 * year gone by ("In 2019, analysts had expected the merger to close in December", "When the war
 * began in 1914, both sides had expected it to be over by December"): that year's month, the story
 * being that year's, not one reckoned from publication. `undefined` when the words are not of that
 * form or the sentence does not open so. `before` is the text up to the month.
 *
 * @example
 * expectedMonthOfYearNamed(
 *   'In 2019, analysts had expected the merger to close in ',
 *   12,
 *   '2025-10-15',
 * )
 * // '2019-12'
 */
export function expectedMonthOfYearNamed(
  before: string,
  month: number,
  published: string,
): string | undefined {
  if (!EXPECTED_PERFECT_BEFORE.test(before.slice(-140))) return undefined;
  const opening = OPENING_YEAR.exec(before.slice(sentenceStartAt(before, before.length)));
  if (!opening) return undefined;
  const year = Number(opening[1]);
  return year < Number(published.slice(0, 4)) ? `${year}-${pad(month)}` : undefined;
}
