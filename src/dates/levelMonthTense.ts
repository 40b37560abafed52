import type { MonthTurner } from './MonthTurner.ts';
import { monthsAhead } from './monthsAhead.ts';

// An owner or an article right before the month: "its January lows", "the October highs",
// "the Dow's February low".
const OWNER_BEFORE = /\b(?:its|their|the|[A-Z][\w.-]*['’]s)\s+$/;
// A noun of a level a market has reached, right after the month: "lows", "highs", "peak",
// "bottom". Not "high" in a compound of its own ("the June high school graduation", "the May
// high court ruling", "a low-cost plan").
const LEVEL_AFTER =
  /^\s+(?:lows?|highs?|peaks?|troughs?|bottoms?)\b(?!-|\s+(?:schools?|courts?|streets?)\b)/i;
// How many months behind publication the month of a level may be. A month further back is as
// often a season's level still to come ("Retail sales will reach their December peak", said in
// October; "Utilities expect demand to reach its January peak", said in September).
const BEHIND_MONTHS = 5;

/**
 * The tense of a month that dates a level a market reached: "Analysts said the market could test
 * its January lows in the weeks ahead", said on 15 March 1990, is the January gone by (`1990-01`;
 * "could" had put it ahead, `1991-01`); "Stocks may retreat to their October lows", said in
 * March, the October before. A low or a high is known only once it is reached, so the month is
 * gone by (or under way) whatever the clause's tense. Only with an owner or article before the
 * month and "low", "high", "peak", "trough" or "bottom" right after it; not a "high school", nor
 * a month more than five months behind publication, a season's level as often still to come
 * ("Retail sales will reach their December peak", said in October, is December 1990).
 *
 * @example levelMonthTense('could test its ', ' lows in the weeks ahead', 1, '1990-03-15', 'future')
 * // 'past'
 */
export const levelMonthTense: MonthTurner = (before, after, month, published, tense) => {
  if (!OWNER_BEFORE.test(before) || !LEVEL_AFTER.test(after)) return tense;
  const behind = (12 - monthsAhead(month, published)) % 12;
  return behind <= BEHIND_MONTHS ? 'past' : tense;
};
