// A clock that counts down is a length after all: "The 24-hour clock ran down without a deal", "A
// 24-hour clock began ticking", "Once the 24-hour clock expires", "a 24-hour clock to reach a deal".
const COUNTDOWN = String.raw`(?:is\s+|was\s+)?(?:ran|runs|run|running|began|begins|started|starts|ticks|ticked|ticking|expires|expired|counts|counted|counting|to\s+(?!the\b))`;

/**
 * The way a clock writes the hours, no length: "a 24-hour clock", "the 12-hour clock" (and "the
 * body's 24-hour clock", its rhythm). Read after a count of hours, it keeps "24-hour" from being
 * taken for a length: "The satellite records the temperature every 15 minutes, using a 24-hour
 * clock" has no `PT24H` (it had). A lookahead's source, for readDurations' DURATION, right after
 * the unit.
 *
 * Takes "clocks" too ("wards switched to 24-hour clocks"). Leaves any other noun after the count
 * ("a 24-hour strike", "a 24-hour period" are `PT24H`) and any other count of hours ("a 48-hour
 * clock" is no way of writing the time: a countdown's length), and a 12- or 24-hour clock that
 * counts down ("The 24-hour clock ran down without a deal", "a 24-hour clock to reach a deal" are
 * `PT24H`).
 */
export const CLOCK_FORMAT_AFTER = String.raw`(?<=\b(?:12|24|twelve|twenty-four)[-\s]hour)\s+clocks?\b(?!\s+(?:${COUNTDOWN}))`;
