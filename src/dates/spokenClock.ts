// Any word in the hour's place: whether it is an hour (one to twelve) readNumber says after.
const HOUR = '[a-z]+';
const MINUTES = '(?:five|ten|twenty|twenty[- ]five)';

/**
 * A clock time in words, as British copy and quotes write it: "half past nine", "a quarter to
 * eight", "twenty past six", "nine o'clock". A group with named parts (half, quarter, qway,
 * minutes, mway, hour, oclock), to be placed inside a larger pattern; its hour is a word to read
 * with readNumber.
 */
export const SPOKEN_CLOCK_SOURCE =
  `(?:(?<half>half)\\s+past|(?:a\\s+)?(?<quarter>quarter)\\s+(?<qway>past|to)|(?<minutes>${MINUTES})\\s+(?<mway>past|to))\\s+(?<hour>${HOUR})\\b(?:\\s+o['’]clock)?` +
  `|(?<oclock>${HOUR})\\s+o['’]clock`;

/** Whether words hold a clock time in words ("half past nine", "nine o'clock"). */
export const SPOKEN_CLOCK = new RegExp(`\\b(?:${SPOKEN_CLOCK_SOURCE})`, 'i');
