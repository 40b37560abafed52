// "last night" as the day a clock is joined to.
const LAST_NIGHT = /^last\s+night$/i;
// A clock of the small hours, from midnight to before 4 a.m.: "T00:40", "T01:15", "T03:59". A
// spoken "five thirty" joined to "last night" is the evening before's 17:30, not its morning.
const SMALL_HOUR = /^T0[0-3]:/;

/**
 * Whether a clock joined to "last night" ("around twelve forty last night", "one fifteen last
 * night") is in the small hours of that night, past its midnight: the day the story is told, not
 * the evening before it, as "2 a.m. last night" is (readCompounds). "eleven forty last night" is
 * the evening before.
 *
 * @example smallHourOfLastNight('last night', 'T00:40') // true
 */
export function smallHourOfLastNight(dayWords: string, clock: string): boolean {
  return LAST_NIGHT.test(dayWords) && SMALL_HOUR.test(clock);
}
