import { isoWeekPlace } from './isoWeekPlace.ts';
import { REGULAR_PAST } from './regularPast.ts';
import { addDays, addWeeks, getDay, startOfISOWeek } from 'date-fns';
import { toLocalDate } from './calendarDate.ts';
import type { Pass, Reading } from './Reading.ts';
import { IRREGULAR_PAST } from './irregularPast.ts';
import { PART_OF_DAY } from './partOfDay.ts';
import { publishedDayReading } from './publishedDayReading.ts';
import { UNIT_SHIFT } from './unitShift.ts';
import { tenseAround } from './tenseAround.ts';
import { toTimex } from './toTimex.ts';
import { weekdayNumber, WEEKDAY_PATTERN } from './weekdayNames.ts';

// "on Thursday last week", "Tuesday of last week", "Saturday next week", "last week on Thursday":
// a weekday placed in a week named from publication. Not "next week's budget" (the week's, not the
// day's) nor "the last week" (the seven days up to now).
const WEEKDAY_OF_WEEK = new RegExp(
  `\\b(?:(?:on\\s+)?(${WEEKDAY_PATTERN})(?:\\s+of)?\\s+(last|this|next)\\s+week(?!['’]s)|(?<!\\bthe\\s+)(last|this|next)\\s+week\\s+on\\s+(${WEEKDAY_PATTERN}))\\b`,
  'gi',
);

// "a second hearing next week, probably Wednesday", "later this week (perhaps on Friday)": a
// weekday set after a named week as an aside, naming the day of it the speaker expects. The week
// ends its clause there, so the weekday is that week's. Not "next week's" (the week's thing), not
// "the last week" (the seven days up to now), not a weekday with a verb or a word of its own
// after the comma ("next week, Tuesday's talks", "next week, Monday said"; a past verb opens the
// weekday's own clause too: "Stocks slid last week, Monday brought a rebound", "…, Tuesday marked
// a year"), nor one in a sentence that only follows the week's ("… next week. Wednesday, …"). A
// part of the day after the weekday is the aside's ("last week, likely Tuesday morning").
// The parts of the day a weekday may take ("Tuesday morning"), the TIMEX3 ones: a regular
// expression's source.
const PART_WORD = `(?:${Object.keys(PART_OF_DAY).join('|')})`;
const WEEKDAY_APPOSED_TO_WEEK = new RegExp(
  `(?<!\\bthe\\s+)\\b(last|this|next)\\s+week(?:\\s*,\\s*|\\s*\\(\\s*|\\s+[—–]\\s*|\\s+-{1,2}\\s+)(?:(?:most\\s+)?(?:probably|possibly|perhaps|likely|maybe)\\s+)?((?:on\\s+)?(${WEEKDAY_PATTERN})\\b(?!(?:\\s+${PART_WORD})?\\s+(?:said|says|saw|was|is|will|${IRREGULAR_PAST}|${REGULAR_PAST})\\b)(?:\\s+${PART_WORD}\\b)?)\\b(?!['’]s)`,
  'gi',
);

/**
 * The day of the ISO week (Monday to Sunday) that is `step` weeks from publication's. On a Sunday,
 * the last day of its ISO week, "this week" in a sentence that looks ahead is the week starting
 * the next day, as a paper out on Sunday counts it; told in the past it stays the week ending
 * that Sunday.
 */
function dayOfNamedWeek(
  text: string,
  m: RegExpExecArray,
  weekday: number,
  step: number,
  published: string,
): Date {
  const pub = toLocalDate(published);
  const ahead =
    step === 0 &&
    getDay(pub) === 0 &&
    weekday !== 0 &&
    tenseAround(text, m.index, m.index + m[0].length) === 'future';
  const monday = startOfISOWeek(addWeeks(pub, ahead ? 1 : step));
  return addDays(monday, isoWeekPlace(weekday));
}

/**
 * A weekday of last, this or next week: that day of the ISO week before, of or after
 * publication's, whatever the tense, for the week is named. "Thursday last week" written on a
 * Wednesday is eight days back, where "last Thursday" is six. A weekday set after the week as an
 * aside ("next week, probably Wednesday") is read alone, in that week; the week keeps its own
 * reading.
 */
export const readWeekdayOfWeek: Pass = (text, { published }) => {
  const readings: Reading[] = [];
  for (const m of text.matchAll(WEEKDAY_OF_WEEK)) {
    const weekday = weekdayNumber(m[1] ?? m[4]!);
    const step = UNIT_SHIFT[(m[2] ?? m[3]!).toLowerCase()]!;
    const day = dayOfNamedWeek(text, m, weekday, step, published);
    readings.push(publishedDayReading(m, toTimex(day, 'day'), published));
  }
  for (const m of text.matchAll(WEEKDAY_APPOSED_TO_WEEK)) {
    const weekday = weekdayNumber(m[3]!);
    const step = UNIT_SHIFT[m[1]!.toLowerCase()]!;
    const day = dayOfNamedWeek(text, m, weekday, step, published);
    const reading = publishedDayReading(m, toTimex(day, 'day'), published);
    readings.push({ ...reading, start: m.index + m[0].length - m[2]!.length });
  }
  return readings;
};
