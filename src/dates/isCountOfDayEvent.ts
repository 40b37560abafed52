// "Final results from Tuesday's voting", "a recount of Tuesday's ballots", "the judges' scores
// from Wednesday's short program": a count or a result taken of what the day held, which must
// have been held for it to be counted. Only the words right before the day's possessive.
const COUNT_OF_BEFORE =
  /\b(?:results?|returns|tally|tallies|count|recount|scores|vote\s+count|ballots\s+cast)\s+(?:from|of|in)\s+$/i;

/**
 * Whether the words right before a day's possessive name a count or a result of the day's event
 * ("Final results from Tuesday's voting are expected late tonight", said on Friday 13 March 1998).
 * The caller takes the day for the one gone by when that is the nearest such weekday: the count
 * awaited is of what was held, however the sentence tells what is still to come of it.
 *
 * @example isCountOfDayEvent('Final results from ') // true
 */
export function isCountOfDayEvent(before: string): boolean {
  return COUNT_OF_BEFORE.test(before);
}
