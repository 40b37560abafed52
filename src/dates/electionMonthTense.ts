import type { MonthTurner } from './MonthTurner.ts';
import { monthsAhead } from './monthsAhead.ts';

// "the November elections", "the March presidential vote": "the" right before the month.
const THE_BEFORE = /\bthe\s+$/i;
// "Since the November elections, the party has…": the vote gone by.
const SINCE_BEFORE = /\bsince\s+the\s+$/i;
// A vote whose month went by up to two months before publication is the one post-election copy
// names ("Republicans are still counting the cost of the November elections", said in December).
const RECENT_MONTHS = 2;
// The vote the month names, right after it, perhaps with its kind.
const VOTE_AFTER =
  /^\s+(?:(?:general|presidential|congressional|midterm|mid-term|parliamentary|legislative|local|municipal|state|gubernatorial|national|regional)\s+)?(?:elections?|vote|balloting|ballot|runoff|run-off|primary|primaries|referendum|plebiscite|polls)\b/i;

/**
 * The tense to read a month named without a year by when it names an election, "the" before it
 * and the vote right after: "Both parties are already looking ahead to the November elections",
 * said 6 March 1990, is the coming November (`1990-11`; before, the November gone by), as a vote
 * named by its month and not told in the past is the next one. A past keeps the one gone by
 * ("Democrats lost ground in the November elections"), and so do "since the November elections",
 * publication's own month, which may be running, and a month of the two gone by ("still counting
 * the cost of the November elections", said in December, is the November just past); no "the" ("a
 * November vote") is left as it came. `before` is the text up to the month, `after` from its end.
 *
 * @example electionMonthTense('looking ahead to the ', ' elections.', 11, '1990-03-06', 'unknown')
 * // 'future'
 */
export const electionMonthTense: MonthTurner = (before, after, month, published, tense) => {
  if (tense === 'past' || !THE_BEFORE.test(before) || SINCE_BEFORE.test(before)) return tense;
  if (!VOTE_AFTER.test(after)) return tense;
  const ahead = monthsAhead(month, published);
  return ahead >= 1 && ahead < 12 - RECENT_MONTHS ? 'future' : tense;
};
