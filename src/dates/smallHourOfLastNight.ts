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

// "last night" right after a clock's words.
const LAST_NIGHT_AFTER = /^\s+last\s+night\b/i;

/**
 * Whether an hour in words with its minutes right before "last night" ("at about one thirty last
 * night", "at twelve fifteen last night") is one of the night's small hours, twelve to three, past
 * its midnight: read in the morning, not the afternoon, so that smallHourOfLastNight puts it on
 * the day the story is told. "at about ten twenty last night" is the evening before.
 *
 * @example smallHourBeforeLastNight(' last night.', 1) // true
 */
export function smallHourBeforeLastNight(rest: string, hour: number): boolean {
  return LAST_NIGHT_AFTER.test(rest) && (hour === 12 || hour < 4);
}
