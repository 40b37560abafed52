import type { Tense } from './tenseAround.ts';

// "The data for October", "figures for September", "inflation for March": a month whose figures
// are reported, which is over (or nearly so) by the time they are spoken of.
const REPORTED_BEFORE =
  /\b(?:data|figures|numbers|statistics|readings?|results|sales|earnings|payrolls|inflation)\s+for\s+$/i;
/** How many months ahead a month of figures still counts as coming ("figures for December"). */
const AHEAD_MONTHS = 2;

/**
 * The tense to read a month named without a year by: a month of figures ("The data for October
 * will be released next week", said in November) is the one gone by, whatever "will" says of the
 * release, unless it is at most two months ahead ("Figures for December will be published").
 *
 * @example reportedMonthTense('The data for ', 10, '2024-11-08', 'future') // 'past'
 */
export function reportedMonthTense(
  before: string,
  month: number,
  published: string,
  tense: Tense,
): Tense {
  if (tense !== 'future' || !REPORTED_BEFORE.test(before)) return tense;
  const ahead = (month - Number(published.slice(5, 7)) + 12) % 12;
  return ahead > AHEAD_MONTHS ? 'past' : tense;
}
