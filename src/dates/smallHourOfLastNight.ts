// "last night" as the day a clock is joined to.
const LAST_NIGHT = /^last\s+night$/i;
// A clock of the small hours, from midnight to before 4 a.m.: "T00:40", "T01:15", "T03:59". A
// spoken "five thirty" joined to "last night" is the evening before's 17:30, not its morning.
const SMALL_HOUR = /^T0[0-3]:/;
// A clock read in the afternoon's first hours, from noon to before 4 p.m.: "T12:30", "T15:15".
const EARLY_AFTERNOON = /^T1([2-5])(:\d\d)$/;
// Clock words spoken with no figure and no word of the afternoon ("twelve thirty", "three
// fifteen"): their hour is the night's when "last night" follows.
const SPOKEN_WITHOUT_MERIDIEM = /^(?![\s\S]*(?:\d|\b[ap]\.?m\b|afternoon|noon|midday))[\s\S]+$/i;

/**
 * The clock of the small hours of last night, past its midnight, that a clock joined to "last
 * night" is, or undefined: "around twelve forty last night" and "one fifteen last night" are the
 * day the story is told, not the evening before it, as "2 a.m. last night" is (readCompounds); and
 * so are spoken words read as an afternoon's clock (`clockWords`, the clock's words): "came at
 * twelve thirty last night" (T12:30) and "happened at three fifteen last night" (T15:15), said on
 * 10 February 1998, are 1998-02-10T00:30 and 1998-02-10T03:15. "eleven forty last night" is the
 * evening before, and "3:15 p.m." keeps its afternoon.
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
  if (SMALL_HOUR.test(clock)) return clock;
  const afternoon = EARLY_AFTERNOON.exec(clock);
  if (!afternoon || !SPOKEN_WITHOUT_MERIDIEM.test(clockWords)) return undefined;
  return `T0${Number(afternoon[1]) - 2}${afternoon[2]}`;
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
