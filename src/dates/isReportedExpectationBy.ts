import { DEED_WORD } from './deedWord.ts';
import { clauseBeforeDeadline } from './isExpectedByDeadline.ts';

// An expectation told in reported speech ("The company said it expected to complete the sale by
// Dec. 31", "Analysts said they expected the merger to be completed by Dec. 1"): a subject of its
// own stands between the saying and "expected" (a pronoun, or "the" and a noun); not "had
// expected", held before, nor "had said", a saying told as before another past ("The company had
// said it expected to close the deal by Dec. 31"), nor one a "but" after the day says failed
// ("…by Dec. 31, but regulators balked"), nor one an "and" says was met (AFTER_MET).
const SAID_EXPECTED_BY = new RegExp(
  String.raw`(?<!\bhad\s+(?:\w+ly\s+)?)\b(?:said|says|say)\s+(?:that\s+)?(?:it|they|he|she|we|the\s+[\w-]+)\s+expected\s+(?:${DEED_WORD}){0,3}?to\s+(?:${DEED_WORD}){1,8}?by\s+$`,
);
// The month and day at the start of what follows, skipped so that the month's own stop ("Dec. 31")
// ends no sentence.
const DAY_AT_START = /^[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?/;
const AFTER_FAILED = /^[^.;!?]*?\bbut\b/;
// One an "and" after the day says was met ("…by Oct. 20, and it did", "…by Dec. 15, and it was"):
// the deadline is told as gone by.
const AFTER_MET = /^\s*,?\s+and\s+(?:it|they|he|she|we)\s+(?:did|was|were|had)\s*(?:[.;!?]|$)/i;

/**
 * Whether a day and month at `start` is the deadline of an expectation told in reported speech:
 * "The company said it expected to complete the sale by Dec. 31". Its past is the saying's, which
 * may be today's or told from before the day; so the day is read ahead only when it went by in
 * the days just before publication (dayMonthByTense's `reported`), and a day gone by weeks before
 * is the deadline the saying was made before ("…by Oct. 31", said on 20 November 1989).
 *
 * @example isReportedExpectationBy('It said it expected to sell the unit by Dec. 31.', 40) // true
 */
export function isReportedExpectationBy(text: string, start: number): boolean {
  if (!SAID_EXPECTED_BY.test(clauseBeforeDeadline(text, start))) return false;
  const after = text.slice(start).replace(DAY_AT_START, '');
  return !AFTER_FAILED.test(after) && !AFTER_MET.test(after);
}
