// A level told in the past right before "by": "was up 18 points", "were 8% higher", "was off 200
// points", "was down 40p", "was 2% lower". Not a goal's ("its target was 90% by Friday" is a
// level still to reach).
const PAST_LEVEL_BY = new RegExp(
  String.raw`(?<!\b(?:targets?|goals?|aims?|plans?|forecasts?|ambitions?|objectives?|hopes?|expectations?|projections?|pledges?|promises?)\s+)\b(?:was|were)\s+(?:(?:up|down|off)\s+)?(?:about\s+|nearly\s+|almost\s+|some\s+)?[$£€]?\d[\d.,/]*\s*(?:%|percent|per\s+cent|points?|basis\s+points|cents?|pence|p)?(?:\s+(?:higher|lower|up|down))?\s+by\s+(?:the\s+)?$`,
  'i',
);

/**
 * Whether the words before a date end with a level told in the past and "by": "The Dow Jones
 * Industrial Average was up 18 points by midmorning", said on Thursday 26 October 1989, is that
 * morning, and "Bitcoin was 8% higher by Sunday evening", said on Monday 9 March 2026, the Sunday
 * gone by (`2026-03-08`), as "Shares had risen 3% by Tuesday" already was; a figure before "by"
 * had been taken for a target ahead. Only "was" or "were", a figure and perhaps "up", "down",
 * "off", "higher" or "lower"; the caller asks too that no modal rules the clause ("could be 20%
 * higher by Christmas" looks ahead). Not a goal's level ("The government said its target was 90% by
 * Friday").
 *
 * @example isPastLevelBy('The Dow was up 18 points by ') // true
 */
export function isPastLevelBy(before: string): boolean {
  return PAST_LEVEL_BY.test(before.slice(-100));
}
