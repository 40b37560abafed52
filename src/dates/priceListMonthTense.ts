import { monthsAhead } from './monthsAhead.ts';
import type { MonthTurner } from './MonthTurner.ts';

// A producer setting the prices of a month it sells ahead: "raised its April prices", "cut its June
// official selling prices", "kept their May OSPs unchanged", "raised Saudi Aramco's March prices".
const SETS_PRICES_BEFORE =
  /\b(?:raised|raises|raise|cut|cuts|lowered|lowers|set|sets|kept|keeps|held|holds|increased|increases|reduced|reduces|hiked|hikes|trimmed|trims|slashed|slashes|left|leaves|published|publishes|announced|announces)\s+(?:its|their|[A-Z][\w-]*['’]s)\s+$/;
const PRICE_LIST_AFTER =
  /^\s+(?:(?:official|formula|contract)\s+)?(?:selling\s+)?(?:prices?|price\s+lists?|OSPs?)\b/i;
// How far ahead such a month lies: a producer prices next month's loadings, or the one after.
const AHEAD_MONTHS = 3;

/**
 * The tense of a month whose prices a producer sets: "Saudi Aramco raised its April official
 * selling prices for Asian buyers", said on 5 March 2026, is the April to come (`2026-04`; the past
 * "raised" had put it a year back); "Iraq cut its June prices for European refiners", said in May,
 * `2026-06`; "Kuwait raised its February selling price", said in January. Only a verb of setting
 * or changing prices right before an owner and the month, and "prices", "selling price", "price
 * list" or "OSPs" right after it; the month must lie one to three months ahead, else the tense
 * stands. Not a month's figures ("its April sales fell"), nor prices without an owner.
 *
 * @example priceListMonthTense('raised its ', ' prices', 4, '2026-03-05', 'past') // 'future'
 */
export const priceListMonthTense: MonthTurner = (before, after, month, published, tense) => {
  if (!SETS_PRICES_BEFORE.test(before) || !PRICE_LIST_AFTER.test(after)) return tense;
  const ahead = monthsAhead(month, published);
  return ahead >= 1 && ahead <= AHEAD_MONTHS ? 'future' : tense;
};
