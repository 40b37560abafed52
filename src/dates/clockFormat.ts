/**
 * The way a clock writes the hours, no length: "a 24-hour clock", "the 12-hour clock" (and "the
 * body's 24-hour clock", its rhythm). Read after a count of hours, it keeps "24-hour" from being
 * taken for a length: "The satellite records the temperature every 15 minutes, using a 24-hour
 * clock" has no `PT24H` (it had). A lookahead's source, for readDurations' DURATION, right after
 * the unit.
 *
 * Takes "clocks" too ("wards switched to 24-hour clocks"). Leaves any other noun after the count
 * ("a 24-hour strike", "a 24-hour period" are `PT24H`) and any other count of hours ("a 48-hour
 * clock" is no way of writing the time: a countdown's length).
 */
export const CLOCK_FORMAT_AFTER = String.raw`(?<=\b(?:12|24|twelve|twenty-four)[-\s]hour)\s+clocks?\b`;
