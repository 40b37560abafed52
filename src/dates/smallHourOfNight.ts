import { isSmallHour } from './isSmallHour.ts';
import { nightHourOfSpokenClock } from './nightHourOfSpokenClock.ts';

// The night a clock is joined to: "last night" (group 1) or "tonight".
const NIGHT = /^(?:(last\s+night)|tonight)$/i;
// A clock's hour of the day: "T00:40", "T13:15".
const CLOCK_HOUR = /^T(\d\d):\d\d/;

/**
 * The clock in the small hours past the midnight of the night a clock is joined to ("last night",
 * "tonight": `dayWords`), on the day after that night's evening, or undefined. "around twelve forty
 * last night" and "one fifteen last night" are the day the story is told, not the evening before
 * it, as "2 a.m. last night" is (readCompounds); "The launch is set for one thirty tonight", said
 * on 16 February 1998, is 1998-02-17T01:30. So are spoken words read as an afternoon's clock
 * (`clockWords`, the clock's words, nightHourOfSpokenClock): "came at twelve thirty last night"
 * (T12:30), said on 10 February 1998, is 1998-02-10T00:30, and "could come at two thirty tonight"
 * (T14:30), said on 16 February 1998, 1998-02-17T02:30. "eleven forty last night" and "nine thirty
 * tonight" are the evening, and "3:15 p.m." keeps its afternoon. Midnight tonight (`T00:00`) is
 * left to the day it ends (midnightEndsDay); midnight last night opens the day told. The one home
 * of this reading for a clock in words: the passes that read one ("half past three", "three
 * fifteen", "two thirty Eastern") read it after noon before a night, as a night's hour, and leave
 * the small hours to this.
 *
 * @example smallHourOfNight('last night', 'T00:40') // 'T00:40'
 * @example smallHourOfNight('last night', 'T12:30', 'twelve thirty') // 'T00:30'
 * @example smallHourOfNight('tonight', 'T14:30', 'two thirty') // 'T02:30'
 * @example smallHourOfNight('tonight', 'T00:00') // undefined
 * @example smallHourOfNight('tonight', 'T21:30') // undefined
 */
export function smallHourOfNight(
  dayWords: string,
  clock: string,
  clockWords = '',
): string | undefined {
  const night = NIGHT.exec(dayWords);
  if (!night) return undefined;
  const at = CLOCK_HOUR.exec(clock);
  if (!at) return undefined;
  const small = isSmallHour(Number(at[1])) ? clock : nightHourOfSpokenClock(clock, clockWords);
  const lastNight = night[1] !== undefined;
  return lastNight || !small?.startsWith('T00:00') ? small : undefined;
}
