import { pad } from './parseChrono.ts';
import { NUMBER_SOURCE, readNumber } from './readNumber.ts';

// "closed five years ago in March", "won here four years ago in February": a count of years gone
// by (one to twenty, as NUMBER_SOURCE writes a count, "a couple of" too, or "a decade"), "ago" and
// "in", right before the month. Not after a comma, where the month opens the next clause ("which
// went public five years ago, in March reported a loss"), nor a year ago that a figure is compared
// with ("rose 3.1 percent from a year ago in March": the month is the figure's own). "Three years
// ago this March" is not asked here: chrono's mention of "this March" starts at "this".
const YEARS_AGO_BEFORE = new RegExp(
  String.raw`(?<!\b(?:from|than|with|over|since|versus|vs\.)\s+)\b(${NUMBER_SOURCE})\s+(years?|decades?)\s+ago\s+in\s+$`,
  'i',
);

/**
 * The month named right after a count of years gone by ("The plant, closed five years ago in
 * March, will reopen", "Bob Dole, who won here four years ago in February", said in 1999 and
 * 2000): that year's month, not the one reckoned from publication by the sentence's tense.
 * `undefined` when the words before the month are otherwise ("five years ago, and in March",
 * "closed in March", "years ago in March" with no count, "up from a year ago in March"). `start`
 * is the month's.
 *
 * @example
 * monthOfYearsAgo('The plant, closed five years ago in March, will reopen.', 35, 3, '1999-03-10')
 * // '1994-03'
 */
export function monthOfYearsAgo(
  text: string,
  start: number,
  month: number,
  published: string,
): string | undefined {
  const m = YEARS_AGO_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
  if (!m) return undefined;
  const count = readNumber(m[1]!);
  if (count === undefined || !Number.isInteger(count) || count < 1 || count > 20) return undefined;
  const years = /^decade/i.test(m[2]!) ? count * 10 : count;
  return `${Number(published.slice(0, 4)) - years}-${pad(month)}`;
}
