import { isSmallHour } from './isSmallHour.ts';

// "tonight" as the day a clock is joined to.
const TONIGHT = /^tonight$/i;
// A clock's hour of the day and its minutes: "T01:30".
const CLOCK_HOUR = /^T(\d\d):(\d\d)/;

/**
 * Whether a clock joined to "tonight" (`dayWords`) is in the small hours past tonight's midnight,
 * on the day after publication: "The launch is set for one thirty tonight", said on 16 February
 * 1998, is 1998-02-17T01:30, not the night gone by's 01:30, as "one thirty last night" is the day
 * the story is told (smallHourOfLastNight). Not midnight itself (`T00:00`, "midnight tonight",
 * which ends the day, `midnightEndsDay`), nor an evening's hour ("nine thirty tonight").
 *
 * @example smallHourOfTonight('tonight', 'T01:30') // true
 * @example smallHourOfTonight('tonight', 'T21:30') // false
 */
export function smallHourOfTonight(dayWords: string, clock: string): boolean {
  if (!TONIGHT.test(dayWords)) return false;
  const at = CLOCK_HOUR.exec(clock);
  if (!at) return false;
  return isSmallHour(Number(at[1])) && !(at[1] === '00' && at[2] === '00');
}
