/**
 * A clock time as chrono reads one without help: an hour with a.m., p.m. or o'clock, perhaps with
 * minutes ("10 p.m.", "10:30am", "9 o'clock"), or noon or midnight. Both the masking of "between
 * 7 a.m. and 8 p.m." and the reading of a range's first end that is only a clock use it.
 * (tenseAround has its own, looser one: a bare hour and "midday" are clocks there.)
 */
export const CLOCK_WORDS =
  "(?:\\d{1,2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?|o['’]clock)|noon|midnight)";
