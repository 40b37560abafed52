// The hour of the day at which the small hours of a night end: "around four forty last night" is
// past its midnight, "around five thirty last night" the evening before's 17:30. The one cut-off
// for every reading of a clock with "last night".
const SMALL_HOURS_END = 5;

/**
 * Whether an hour of the day, 0 to 23, is one of the small hours of a night, from midnight to
 * before 5 a.m.
 *
 * @example isSmallHour(4) // true
 * @example isSmallHour(5) // false
 */
export function isSmallHour(hour: number): boolean {
  return hour >= 0 && hour < SMALL_HOURS_END;
}
