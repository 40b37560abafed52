import { isSmallHour } from './isSmallHour.ts';
import { nightHourOfSpokenClock } from './nightHourOfSpokenClock.ts';

// "tonight" as the day a clock is joined to.
const TONIGHT = /^tonight$/i;
// A clock's hour of the day: "T01:30".
const CLOCK_HOUR = /^T(\d\d):\d\d/;

/**
 * The clock in the small hours past tonight's midnight, on the day after publication, that a
 * clock joined to "tonight" (`dayWords`) is, or undefined: "The launch is set for one thirty
 * tonight", said on 16 February 1998, is 1998-02-17T01:30, not the night gone by's 01:30, as "one
 * thirty last night" is the day the story is told (smallHourOfLastNight). So are spoken words read
 * as an afternoon's clock (`clockWords`, the clock's words): "could come at two thirty tonight"
 * (T14:30) is 1998-02-17T02:30. Not midnight itself (`T00:00`, "midnight tonight", which ends the
 * day, `midnightEndsDay`), nor an evening's hour ("nine thirty tonight").
 *
 * @example smallHourOfTonight('tonight', 'T01:30') // 'T01:30'
 * @example smallHourOfTonight('tonight', 'T14:30', 'two thirty') // 'T02:30'
 * @example smallHourOfTonight('tonight', 'T21:30') // undefined
 */
export function smallHourOfTonight(
  dayWords: string,
  clock: string,
  clockWords = '',
): string | undefined {
  if (!TONIGHT.test(dayWords)) return undefined;
  const at = CLOCK_HOUR.exec(clock);
  if (!at) return undefined;
  const small = isSmallHour(Number(at[1])) ? clock : nightHourOfSpokenClock(clock, clockWords);
  return small === undefined || small.startsWith('T00:00') ? undefined : small;
}
