// "the last posting date for", "the final shipping day before", "the last day to ship for", "the
// last date to order by": the final day to send or order something in a feast's run-up.
const LAST_ORDER_DAY = new RegExp(
  String.raw`\b(?:last|final)\s+(?:(?:day|date)s?\s+to\s+(?:post|ship|order|send|mail)|(?:posting|shipping|ordering|order|delivery|dispatch|mailing)\s+(?:day|date)s?)\s+(?:for|before|by)\s+(?:the\s+)?$`,
  'i',
);

// A past told of that day after the feast, its verb within two words of it ("The last posting
// date for Christmas was missed", "for Christmas delivery was Dec. 18"); not a past in a clause
// set off by a comma ("for Christmas, which had been 20 December, is now 18 December").
const PAST_AFTER = /^(?:\s+[\w'’-]+){0,2}?\s+(?:was|were|had)\b/i;

/**
 * Whether a feast at `start` is named after the final day to post, ship or order for it ("Royal
 * Mail's last posting date for Christmas is 18 December", "The last day to ship for Christmas
 * delivery is Dec. 18"): the "last" is that day's, no past cue, so the feast is the nearer of the
 * last and the next, as other copy of its run-up is (`feastRunUp`). Not when the day is told in
 * the past after the feast ("was missed by thousands"), which keeps the last one.
 *
 * @example lastOrderDayBefore('The last posting date for Christmas is 18 December.', 26, 35) // true
 */
export function lastOrderDayBefore(text: string, start: number, end: number): boolean {
  return (
    LAST_ORDER_DAY.test(text.slice(Math.max(0, start - 60), start)) &&
    !PAST_AFTER.test(text.slice(end))
  );
}
