import { WEEKDAY_NAMES } from './weekdayNames.ts';

const WEEKDAYS = WEEKDAY_NAMES.map(
  (day) => `[${day[0]!.toUpperCase()}${day[0]}]${day.slice(1)}`,
).join('|');

// "Beijing time", "UK time", "New York time", "Hong Kong time": a place's time, one to three
// capitalised words or "UK", "US". A capitalised word before "time" after a clock may instead open
// the next sentence ("at 3 p.m. This time, …", "at 3 p.m. Added time lasted …"): such words are
// left out, and a place's time is one only when a day, a parenthesis, punctuation or the end
// follows it.
const PLACE_TIME =
  '(?!(?:This|That|The|Last|Next|Each|Every|Any|Another|Some|No|One|First|Second|Third|Half|Full|Extra|Added|Injury|Stoppage|Regulation|Normal|Prime|Question|Lunch|Dinner|Tea|Bed|Play|Game|Show|Closing|Opening|Part|Over|Summer|Winter|Christmas|Response|Prison|Standard|Daylight)\\b)' +
  `(?:[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}|UK|US) time(?=\\s*(?:[.,;(]|$|on\\b|(?:${WEEKDAYS})\\b|today\\b|tomorrow\\b|yesterday\\b))`;

/**
 * The four US regions whose clocks news names ("Eastern time", "8:30 a.m. Pacific"), in order from
 * east to west, an hour apart each.
 */
export const US_REGIONS = ['Eastern', 'Central', 'Mountain', 'Pacific'] as const;

/** The US regions (US_REGIONS) as a group for a regular expression. */
export const US_REGION = `(?:${US_REGIONS.join('|')})`;

/**
 * A US region's time, "Eastern time", "Eastern Standard Time", "eastern time": a zone in whatever
 * case a transcript writes it, as "time" after the region leaves no name to guard against.
 */
export const REGION_TIME = `${US_REGION}(?: (?:standard|daylight))? time`;

// "8:30 a.m. Eastern", "10 a.m. Pacific": AP's zone is the region alone. Not the region that
// opens a name ("3 p.m. Eastern Europe", "Pacific Ocean", "Central Park"), a capitalised word
// after it other than a weekday.
const BARE_REGION = `${US_REGION}(?![-\\w])(?!\\s+(?!(?:${WEEKDAYS})\\b)[A-Z])`;

/**
 * The zone words news writes after a clock time: "local time", "Eastern time", "GMT", "EST" …
 * A group, to be placed inside a larger pattern.
 */
export const CLOCK_ZONE = `(?:local time|${REGION_TIME}|${BARE_REGION}|GMT|UTC|ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|BST|CET|CEST|${PLACE_TIME})`;

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
