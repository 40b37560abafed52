import { WEEKDAY_PATTERN } from './weekdayNames.ts';

// A preposition that sets a place: "on the A38", "in Castle Road", "at a gas station", "outside
// the station", "near Stafford".
const PLACE_PREPOSITION = '(?:on|in|at|near|outside|inside|along|off|opposite|behind|beside)';
// A word of a place's name: a capitalised word ("Market", "Newark"), a road's number ("A38",
// "M6", "B4009", "9" of "Route 9", "I-95"), or a lowercase noun ("the station", "a gas
// station"), with "the", "a" and "of" between them ("the junction of Mill Lane").
const PLACE_WORD = String.raw`(?:[A-Z][\w'’.-]*|[A-Z]?-?\d+[A-Z]?|[a-z]+)`;
const PLACE = `${PLACE_WORD}(?:\\s+${PLACE_WORD}){0,7}`;
// The words between: one or more places, each led by its preposition, perhaps after a comma,
// and "on" before the day.
const PLACES_THEN_ON = new RegExp(
  `^\\s+${PLACE_PREPOSITION}\\s+${PLACE}(?:,?\\s+${PLACE_PREPOSITION}\\s+${PLACE})*\\s+on\\s+$`,
);
// Lowercase words that open a clause or tell another time or event, which no place holds: "at
// 9pm, when police arrived on Friday", "at 7pm in talks that ended on Friday", "at 6am every
// day on Monday"; a verb's participle ("at 7pm in a statement released on Friday"). "and" joins
// two names of a place only ("Mill Lane and High Street").
const NOT_PLACE_WORD =
  /\b(?:and(?!\s+[A-Z])|or|but|when|while|after|before|as|until|till|since|then|who|which|that|where|because|if|to|for|with|from|by|every|each|was|were|is|are|be|been|had|has|have|will|would|day|days|night|nights|week|weeks|morning|afternoon|evening|time|[a-z]+(?<!build|cross|park|land|wing)(?:ed|ing))\b/;
// The day after the words: a weekday, perhaps with its date ("Saturday 27 June", "Friday").
const WEEKDAY_DAY = new RegExp(`^${WEEKDAY_PATTERN}\\b`, 'i');

/**
 * Whether the words between a clock time and the weekday after it (`between`, `day`) name only
 * where it happened: a road, a street, a building or a town, each led by a preposition of place,
 * with "on" before the weekday ("The crash happened at around 7.40pm on the A38 on Saturday 27
 * June", "Officers were called at about 11pm on Market Street on Friday", "at 3:45 p.m. at Lake
 * Monroe on Saturday"). The clock is then that day's, as "at 11pm on Friday" is. Not a clause
 * between ("at 9pm, when police arrived on Friday", "at 7pm in a statement released on Friday"),
 * nor another time ("at 6am each day on Monday"), nor a day that is no weekday ("at 9pm in Leeds
 * on 3 May" is left to the readers of a date).
 *
 * @example placeBetweenClockAndDay(' on the A38 on ', 'Saturday 27 June') // true
 */
export function placeBetweenClockAndDay(between: string, day: string): boolean {
  if (!WEEKDAY_DAY.test(day.replace(/^on\s+/i, ''))) return false;
  const places = PLACES_THEN_ON.exec(between);
  if (!places) return false;
  return !NOT_PLACE_WORD.test(between.replace(/\s+on\s+$/, ''));
}
