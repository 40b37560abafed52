import { EXPECTED_PERFECT_BEFORE } from './expectedMonthTense.ts';
import { pad } from './parseChrono.ts';
import { pastYearNamedBefore } from './pastYearNamedBefore.ts';

/**
 * The month named without a year after a past perfect of expectation, when a year gone by is named
 * before it in its sentence or the one before ("In 2019, analysts had expected the merger to close
 * in December", "When the war began in 1914, both sides had expected it to be over by December"):
 * that year's month, the story being that year's, not one reckoned from publication. `undefined`
 * when the words are not of that form or no such year is named. `before` is the text up to the
 * month (the sentence before it too).
 *
 * @example expectedMonthOfYearNamed('In 2019, analysts had expected the merger to close in ', 12, '2025-10-15') // '2019-12'
 */
export function expectedMonthOfYearNamed(
  before: string,
  month: number,
  published: string,
): string | undefined {
  if (!EXPECTED_PERFECT_BEFORE.test(before.slice(-140))) return undefined;
  const year = pastYearNamedBefore(before.slice(-300), published);
  return year === undefined ? undefined : `${year}-${pad(month)}`;
}
