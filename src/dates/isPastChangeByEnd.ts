import { CHANGE_BY_AMOUNT } from './changeByAmount.ts';
import { PAST_CHANGE_VERB } from './pastChangeVerb.ts';

// A change in a figure told in the simple past, its amount ("fell by 4%", "rose 2 points",
// "dropped by a third") and the "by" of the time: no "has", "have", "to" or "be" before the verb
// ("has risen by 3% by", "is expected to rise by 5% by" are no simple past).
const PAST_CHANGE_BY = new RegExp(
  String.raw`(?<!\b(?:has|have|to|be|been|will|would)\s+)\b(?:${PAST_CHANGE_VERB})\s+(?:by\s+)?${CHANGE_BY_AMOUNT}\s+by\s+$`,
  'i',
);

/**
 * Whether the words before "the end of the year" (or month, quarter) tell a change in a figure
 * done in the simple past with its amount: "Home prices fell by 4% by the end of the year", said on
 * 14 January 2026, is the end of 2025 (was 2026): a change told as done by a period's end is done
 * by the end of one gone by. Not a present perfect or a plan ("has risen by 3% by", "expects sales
 * to rise by 5% by"), nor a change with no amount ("Prices fell by the end of the year" is left).
 *
 * @example isPastChangeByEnd('Home prices fell by 4% by ') // true
 */
export function isPastChangeByEnd(clauseBefore: string): boolean {
  return PAST_CHANGE_BY.test(clauseBefore);
}
