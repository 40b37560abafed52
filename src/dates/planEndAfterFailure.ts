import { IRREGULAR_PAST } from './irregularPast.ts';
import { monthByTense } from './monthByTense.ts';
import { MONTH_WORD_SOURCE, monthNumber } from './monthNames.ts';
import { pastYearNamedBefore } from './pastYearNamedBefore.ts';
import { REGULAR_PAST } from './regularPast.ts';

// "which was intended to last until", "meant to hold until early", "was due to run through": a
// plan told in the past for a state to last up to the month.
const PLAN_UNTIL_BEFORE =
  /\b(?:intended|meant|supposed|designed|due|set|scheduled|planned|expected)\s+to\s+[a-z]+\b[^,.;:!?()]{0,40}?\b(?:until|till|through)\s+(?:(?:early|late|mid-?)\s*)?$/i;
// ", ran out in January", "but collapsed in February": the clause after the plan, its main
// clause past an aside's comma or a turn with "but" or "yet", tells in the past what happened in
// another month named without a year.
const FAILED_IN_AFTER = new RegExp(
  `^[^.!?;]*?(?:,|\\bbut\\b|\\byet\\b)\\s+(?:[\\w'’-]+\\s+){0,3}?(?:was|were|had|${REGULAR_PAST}|${IRREGULAR_PAST})\\b(?:\\s+[\\w'’-]+){0,4}?\\s+in\\s+(?:(?:early|late|mid-?)\\s*)?(${MONTH_WORD_SOURCE})(?!\\.?\\s*\\d)`,
  'i',
);

/**
 * The month a plan told in the past was to last until, when a clause after it tells in the past
 * what happened in another month instead ("The fund, which was intended to last until March, ran
 * out in January", "The ceasefire was meant to hold until December but collapsed in March"): the
 * plan's end is the first such month after the failure's, which is the month gone by that its
 * clause names. `undefined` when the words are not of that form, or when a year gone by is named
 * before, in the sentence or the one before it ("In 2019, the fund, which was intended to last
 * until March, ran out in January"): the story is that year's. `before` is the text up to the
 * month (the sentence before it too), `after` the text from its end.
 *
 * @example
 * planEndAfterFailure(
 *   'The fund, which was intended to last until ',
 *   ', ran out in January.',
 *   3,
 *   '2025-05-14',
 * )
 * // '2025-03'
 */
export function planEndAfterFailure(
  before: string,
  after: string,
  month: number,
  published: string,
): string | undefined {
  if (!PLAN_UNTIL_BEFORE.test(before.slice(-120))) return undefined;
  if (pastYearNamedBefore(before.slice(-300), published) !== undefined) return undefined;
  const failed = FAILED_IN_AFTER.exec(after.slice(0, 140));
  if (!failed) return undefined;
  const failedMonth = monthNumber(failed[1]!);
  if (failedMonth === month) return undefined;
  const year = Number(monthByTense(failedMonth, published, 'past').slice(0, 4));
  return `${year + (month < failedMonth ? 1 : 0)}-${String(month).padStart(2, '0')}`;
}
