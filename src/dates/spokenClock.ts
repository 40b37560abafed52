import { PART_OF_DAY_BUT_NIGHT_SOURCE } from './partOfDay.ts';

// Any word in the hour's place: whether it is an hour (one to twelve) readNumber says after.
const HOUR = '[a-z]+';
/** A count of minutes to or past an hour in words (a regular expression's source). */
export const SPOKEN_MINUTES = '(?:five|ten|twenty|twenty[- ]five)';
/**
 * The words that put a time on a count of minutes ("at ten to eight", "by twenty past six"): only
 * after one is such a count a clock (a regular expression's alternatives).
 */
export const CLOCK_LEAD_WORDS = 'at|by|until|till|before|after|around|about|since';

/**
 * A clock time in words, as British copy and quotes write it: "half past nine", "a quarter to
 * eight", "twenty past six", "nine o'clock", and the hour o'clock in figures too ("6 o'clock").
 * A group with named parts (half, quarter, qway, minutes, mway, hour, oclock), to be placed inside
 * a larger pattern; its hour is a word or figures to read with readNumber.
 */
export const SPOKEN_CLOCK_SOURCE =
  `(?:(?<half>half)\\s+past|(?:a\\s+)?(?<quarter>quarter)\\s+(?<qway>past|to)|(?<minutes>${SPOKEN_MINUTES})\\s+(?<mway>past|to))\\s+(?<hour>${HOUR})\\b(?:\\s+o['’]clock)?` +
  `|(?<oclock>${HOUR}|\\d{1,2})\\s+o['’]clock`;

/** The hours of the clock in words, one to twelve (a regular expression's source). */
export const HOUR_WORD_SOURCE =
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';

/** The minutes of a clock in words from ten to fifty-nine ("fifteen", "forty-two"): a source. */
export const MINUTES_PAST_TEN_SOURCE =
  '(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)';

/**
 * The minutes of a clock in words, as a broadcast says them: "oh-five" (one to nine after "oh"),
 * "fifteen", "fifty-two" (a regular expression's source).
 */
export const MINUTE_WORD_SOURCE = `(?:oh[- ](?:one|two|three|four|five|six|seven|eight|nine)|${MINUTES_PAST_TEN_SOURCE})`;

/** Whether words are an hour and its minutes in words ("nine twenty", "two fifteen"). */
export const SPOKEN_HOUR_MINUTES = new RegExp(
  `^(?:${HOUR_WORD_SOURCE})[- ](?:${MINUTES_PAST_TEN_SOURCE})$`,
  'i',
);

/**
 * A bare hour, in figures or a word ("9", "seven"): a clock only where a part of the day follows
 * it ("at 9 this morning"), which is the only place a TIME is read from such words alone.
 */
export const BARE_HOUR_CLOCK = new RegExp(`^(?:\\d{1,2}|${HOUR_WORD_SOURCE})$`, 'i');

/**
 * Whether words are an hour in words with its part of the day ("two in the morning", "about eleven
 * at night").
 */
export const SPOKEN_HOUR_WITH_PART = new RegExp(
  `^(?:(?:at\\s+)?(?:about|around|approximately|roughly)\\s+)?(?:${HOUR_WORD_SOURCE})\\s+(?:in\\s+the\\s+(?:${PART_OF_DAY_BUT_NIGHT_SOURCE})|at\\s+night)$`,
  'i',
);

/** Whether words hold a clock time in words ("half past nine", "nine o'clock"). */
export const SPOKEN_CLOCK = new RegExp(`\\b(?:${SPOKEN_CLOCK_SOURCE})`, 'i');

/** The nouns a clock before them names ("the 7 o'clock train", "the 10:00 briefing"): a source. */
export const CLOCK_NAMED_NOUN_SOURCE =
  '(?:news|bulletins?|briefings?|positions?|direction|trains?|flights?|bus|ferry|departures?|sailings?|express|shifts?|slots?|shadow|mass|services?|shows?|programmes?|edition|rehearsals?)';

/**
 * What makes the clock word before it a noun's modifier, no time ("4 o'clock position", "noon-time
 * briefings", "the 7 o'clock train"): a hyphen joined to it, or a noun such a clock names (a
 * regular expression's source, to be matched right after the clock's words).
 */
export const NOUN_AFTER_CLOCK_SOURCE = `(?:-\\w|\\s+${CLOCK_NAMED_NOUN_SOURCE}\\b)`;
