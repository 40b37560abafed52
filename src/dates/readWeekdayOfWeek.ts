import { addDays, addWeeks, getDay, startOfISOWeek } from 'date-fns';
import { toLocalDate } from './calendarDate.ts';
import type { Pass, Reading } from './Reading.ts';
import { publishedDayReading } from './publishedDayReading.ts';
import { UNIT_SHIFT } from './unitShift.ts';
import { tenseAround } from './tenseAround.ts';
import { toTimex } from './toTimex.ts';
import { WEEKDAY_NAMES, WEEKDAY_PATTERN } from './weekdayNames.ts';

// "on Thursday last week", "Tuesday of last week", "Saturday next week", "last week on Thursday":
// a weekday placed in a week named from publication. Not "next week's budget" (the week's, not the
// day's) nor "the last week" (the seven days up to now).
const WEEKDAY_OF_WEEK = new RegExp(
  `\\b(?:(?:on\\s+)?(${WEEKDAY_PATTERN})(?:\\s+of)?\\s+(last|this|next)\\s+week(?!['’]s)|(?<!\\bthe\\s+)(last|this|next)\\s+week\\s+on\\s+(${WEEKDAY_PATTERN}))\\b`,
  'gi',
);

/**
 * A weekday of last, this or next week: that day of the ISO week (Monday to Sunday) before, of or
 * after publication's, whatever the tense, for the week is named. "Thursday last week" written on
 * a Wednesday is eight days back, where "last Thursday" is six. On a Sunday, the last day of its
 * ISO week, "this week" in a sentence that looks ahead ("The summit opens Wednesday this week") is
 * the week starting the next day, as a paper out on Sunday counts it; told in the past ("met on
 * Wednesday this week") it stays the week ending that Sunday.
 */
export const readWeekdayOfWeek: Pass = (text, { published }) => {
  const readings: Reading[] = [];
  for (const m of text.matchAll(WEEKDAY_OF_WEEK)) {
    const weekday = (WEEKDAY_NAMES as readonly string[]).indexOf((m[1] ?? m[4]!).toLowerCase());
    const step = UNIT_SHIFT[(m[2] ?? m[3]!).toLowerCase()]!;
    // ISO weeks start on Monday: Sunday is the week's seventh day.
    const pub = toLocalDate(published);
    const ahead =
      step === 0 &&
      getDay(pub) === 0 &&
      weekday !== 0 &&
      tenseAround(text, m.index, m.index + m[0].length) === 'future';
    const monday = startOfISOWeek(addWeeks(pub, ahead ? 1 : step));
    const day = addDays(monday, (weekday + 6) % 7);
    readings.push(publishedDayReading(m, toTimex(day, 'day'), published));
  }
  return readings;
};
