// Things paid, held or put out every quarter: "a quarterly dividend", "quarterly interest
// payments", "its quarterly meeting", "a quarterly newsletter".
const RECURRING_THING_AFTER =
  /^\s+(?:(?:cash|interest|dividend|coupon)\s+)?(?:dividends?|payouts?|payments?|instal?l?ments?|distributions?|coupons?|meetings?|newsletters?|bulletins?|magazines?|journals?)\b/i;
// A verb of paying, meeting or putting out right before the adverb: "paid quarterly", "meets
// quarterly", "is published quarterly", "compounded quarterly".
const RECURRING_VERB_BEFORE =
  /\b(?:pays?|paid|paying|payable|meets?|met|meeting|published|issued|compounded|reviewed|reported)\s+$/i;

/**
 * Whether "quarterly" at [start, end) tells a recurrence, a set of quarters (`P1Q`, as "every
 * quarter" is): a thing paid, held or put out each quarter after it ("The board declared a
 * quarterly dividend", "Investors receive quarterly interest payments") or a verb of paying,
 * meeting or putting out before it ("The magazine is published quarterly"). Not a quarter's
 * figures ("quarterly results", "quarterly revenue", "its largest quarterly profit"), which name
 * one quarter or none and no recurrence.
 *
 * @example isQuarterlyRecurrence('a quarterly dividend', 2, 11) // true
 */
export function isQuarterlyRecurrence(text: string, start: number, end: number): boolean {
  return (
    RECURRING_THING_AFTER.test(text.slice(end, end + 40)) ||
    RECURRING_VERB_BEFORE.test(text.slice(Math.max(0, start - 20), start))
  );
}
