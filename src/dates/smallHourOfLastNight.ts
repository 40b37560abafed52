import { isSmallHour } from './isSmallHour.ts';
import { nightHourOfSpokenClock } from './nightHourOfSpokenClock.ts';

// "last night" as the day a clock is joined to.
const LAST_NIGHT = /^last\s+night$/i;
// A clock's hour of the day: "T00:40", "T13:15".
const CLOCK_HOUR = /^T(\d\d):\d\d/;

/**
 * The clock of the small hours of last night, past its midnight, that a clock joined to "last
 * night" is, or undefined: "around twelve forty last night" and "one fifteen last night" are the
 * day the story is told, not the evening before it, as "2 a.m. last night" is (readCompounds); and
 * so are spoken words read as an afternoon's clock (`clockWords`, the clock's words): "came at
 * twelve thirty last night" (T12:30) and "happened at three fifteen last night" (T15:15), said on
 * 10 February 1998, are 1998-02-10T00:30 and 1998-02-10T03:15. "eleven forty last night" is the
 * evening before, and "3:15 p.m." keeps its afternoon. The one home of this reading for a clock in
 * words: the passes that read one ("half past three", "three fifteen", "two thirty Eastern") read
 * it after noon before "last night", as a night's hour, and leave the small hours to this.
 *
 * @example smallHourOfLastNight('last night', 'T00:40') // 'T00:40'
 * @example smallHourOfLastNight('last night', 'T12:30', 'twelve thirty') // 'T00:30'
 */
export function smallHourOfLastNight(
  dayWords: string,
  clock: string,
  clockWords = '',
): string | undefined {
  if (!LAST_NIGHT.test(dayWords)) return undefined;
  const at = CLOCK_HOUR.exec(clock);
  if (!at) return undefined;
  const hour = Number(at[1]);
  if (isSmallHour(hour)) return clock;
  // An afternoon's clock of spoken words is the same hour of the night, twelve hours before.
  return nightHourOfSpokenClock(clock, clockWords);
}
