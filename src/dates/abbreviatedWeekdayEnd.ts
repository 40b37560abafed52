// A weekday's abbreviation alone, perhaps after a short word chrono takes with it ("on Tues.",
// "the Sun"), in any case.
const ABBREVIATION =
  /^(?:(?:the|a|an|in|for|to|of|on)\s+)?(?:sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)\.?$/i;
// The abbreviations wire copy writes for a weekday, capitalised: not "Sun" or "Sat", which are too
// often words ("The Sun reported…", "Sat on the board").
const WIRE_ABBREVIATION = /^(?:on\s+)?(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri)$/;
// The abbreviation's full stop after chrono's mention ("Tues." was read as chrono's "Tue.", see
// maskForChrono's TUES: its "s" is the expression's too).
const STOP_AFTER = /^s?\./;

/**
 * Where chrono's mention from `start` to `end` ends when it is a weekday's abbreviation: wire
 * copy's abbreviations with their full stop ("arrested Tues. in Tucson", "votes Thurs.") are
 * weekdays, and the stop is theirs; undefined for a bare abbreviation with no stop ("Sun,
 * Hewlett-Packard and others") or "Sun." and "Sat." ("The Sun reported…"), which are too often
 * words; `end` as it is for any other mention.
 *
 * @example abbreviatedWeekdayEnd('arrested Tues. in Tucson', 9, 12) // 14
 */
export function abbreviatedWeekdayEnd(
  text: string,
  start: number,
  end: number,
): number | undefined {
  const words = text.slice(start, end);
  if (!ABBREVIATION.test(words)) return end;
  if (!WIRE_ABBREVIATION.test(words)) return undefined;
  const stop = STOP_AFTER.exec(text.slice(end));
  return stop ? end + stop[0].length : undefined;
}
