import { pad } from './parseChrono.ts';
import { shiftTimex } from './shiftTimex.ts';
import { isSmallHour } from './isSmallHour.ts';

/**
 * The TIME a clock in figures with no a.m. or p.m. ("2:30", "11:15", hour 1 to 12) is when "last
 * night" follows it, said on the day `published`: one of the night's small hours, twelve to four
 * (isSmallHour), is past its midnight, on the day the story is told; any other hour is the evening
 * before's, in the afternoon's half of the clock. "at 2:30 last night", said on 24 February 1998,
 * is 1998-02-24T02:30, "at 11:30 last night" 1998-02-23T23:30.
 *
 * @example digitClockOfLastNight(2, '30', '1998-02-24') // '1998-02-24T02:30'
 * @example digitClockOfLastNight(11, '30', '1998-02-24') // '1998-02-23T23:30'
 */
export function digitClockOfLastNight(hour: number, minutes: string, published: string): string {
  const morning = hour % 12;
  if (isSmallHour(morning)) return `${published}T${pad(morning)}:${minutes}`;
  const evening = shiftTimex(published, { amount: -1, unit: 'day' });
  return `${evening}T${pad(morning + 12)}:${minutes}`;
}
