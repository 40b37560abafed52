import { WEEKDAY_NAMES } from './weekdayNames.ts';

// "Beijing time", "Moscow time": a place's time. A capitalised word before "time" after a clock
// may instead open the next sentence ("ended at 3 p.m. This time, …"); such words are left out.
const PLACE_TIME =
  '(?!(?:This|That|The|Last|Next|Each|Every|Any|Some|No|One|First|Half|Full|Extra|Injury|Stoppage|Prime|Question|Lunch|Dinner|Tea|Bed|Play|Game|Show|Closing|Opening|Part|Over|Summer|Winter|Standard|Daylight)\\b)[A-Z][a-z]+ time';

/**
 * The zone words news writes after a clock time: "local time", "Eastern time", "GMT", "EST" …
 * A group, to be placed inside a larger pattern.
 */
export const CLOCK_ZONE = `(?:local time|(?:Eastern|Central|Mountain|Pacific)(?: (?:standard|daylight))? time|GMT|UTC|ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|BST|CET|CEST|${PLACE_TIME})`;

const WEEKDAYS = WEEKDAY_NAMES.map(
  (day) => `[${day[0]!.toUpperCase()}${day[0]}]${day.slice(1)}`,
).join('|');

// Right after the clock, or after the weekday that follows it, as the resolver takes a zone into
// a time's words: "0425 GMT", "3pm BST", "10:30 a.m. EST", "noon local time", "5 p.m. Tuesday
// local time".
const ZONE_AFTER_CLOCK = new RegExp(
  `(?:\\d|[apAP]\\.?[mM]\\.?|\\b(?:noon|midnight|midday))\\s+(?:(?:on\\s+)?(?:${WEEKDAYS})\\s+)?(${CLOCK_ZONE})\\b`,
);

/**
 * The zone the words of a clock time name, as they write it, if any: a time is shown in the
 * clock the article stated, and its zone says whose clock that is.
 *
 * @example clockZone('at 10:30 a.m. EST on March 3') //=> 'EST'
 */
export function clockZone(words: string): string | undefined {
  return ZONE_AFTER_CLOCK.exec(words)?.[1];
}
