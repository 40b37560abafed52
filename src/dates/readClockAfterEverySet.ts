import type { Pass, Reading } from './Reading.ts';
import { clockOnLastDay } from './clockOnLastDay.ts';
import { pad } from './parseChrono.ts';
import { publishedSetReading } from './publishedSetReading.ts';
import { WEEKDAY_PATTERN, weekdayNumber } from './weekdayNames.ts';

// A clock with a.m. or p.m., or noon, midday or midnight: "2pm", "8 a.m.", "11:30 a.m.", "7.15pm".
const CLOCK = '(?:\\d{1,2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.m\\.?|[ap]m\\b)|noon|midday|midnight)';
// An hour with no a.m. or p.m. that opens a span ended by a clock that has one: the 2 of "from 2 to
// 4 p.m.", the 9 of "from 9 to 11 a.m." (its half of the day is the end's, or the morning where it
// would come after the end: the 10 of "from 10 to 2 p.m."; the evening before midnight).
const HOUR_BEFORE_CLOCK = `\\d{1,2}(?:[:.]\\d{2})?(?=\\s*(?:to|until|till|and|-|–)\\s*${CLOCK})`;
// "every Monday and Wednesday", "every Tuesday, Thursday and Saturday": weekdays joined to the
// first, each a day of the same set, so the clock after the last is the set's too. A comma before
// "and" only ends a list ("every Monday, Wednesday, and Friday"): "picketed every Monday, and
// Friday at 6 p.m. they will meet managers" is a new clause with its own day.
const JOINED_WEEKDAYS =
  `(?:(?:\\s*,\\s*${WEEKDAY_PATTERN})+(?:,?\\s+(?:and|&)\\s+${WEEKDAY_PATTERN})?` +
  `|\\s+(?:and|&)\\s+${WEEKDAY_PATTERN})?`;
// Each weekday's name in the words of a set, for the days joined to the first.
const WEEKDAY_NAME = new RegExp(WEEKDAY_PATTERN, 'gi');
// "every Thursday", "every other Tuesday", "every Tuesday evening", "every weekday": a weekly set
// with "every", then the word that ties the clock to it and the clock, perhaps the end of a span
// after it ("from 8 a.m. to noon").
const CLOCK_AFTER_EVERY_SET = new RegExp(
  `\\bevery\\s+(?:other\\s+)?(?:${WEEKDAY_PATTERN}${JOINED_WEEKDAYS}|weekday|weeknight)` +
    `(?:\\s+(?:morning|afternoon|evening|night))?(?:\\s+(?:at|from|until|till|by|after|before|between)\\s+|,\\s*)` +
    `(?<first>${CLOCK}|${HOUR_BEFORE_CLOCK})(?:\\s*(?:to|until|till|and|-|–)\\s*(?<second>${CLOCK}))?`,
  'gid',
);

// An hour with no a.m. or p.m. takes the half of the day of the span's end, unless that would put
// it after the end; before midnight it is the evening's ("from 10 to midnight" T22:00).
function bareHourOf(words: string, end: string): string {
  const [, hour = '0', minutes = '00'] = /^(\d{1,2})(?:[:.](\d{2}))?$/.exec(words) ?? [];
  if (/^midnight$/i.test(end)) return `T${pad((Number(hour) % 12) + 12)}:${minutes}`;
  const [, endHour = '0', endMinutes = '00', meridiem = 'a'] =
    /^(\d{1,2})(?:[:.](\d{2}))?\s*([ap])/i.exec(end) ?? [];
  const twelve = Number(hour) % 12;
  const before = twelve * 60 + Number(minutes) <= (Number(endHour) % 12) * 60 + Number(endMinutes);
  return `T${pad(meridiem.toLowerCase() === 'p' && before ? twelve + 12 : twelve)}:${minutes}`;
}

/** The TIMEX clock ("T14:00") of clock words ("2pm", "11:30 a.m.", "noon", "midnight"). */
function clockOf(words: string): string {
  if (/^(?:noon|midday)$/i.test(words)) return 'T12:00';
  if (/^midnight$/i.test(words)) return 'T00:00';
  const [, hour = '0', minutes = '00', meridiem = 'a'] =
    /^(\d{1,2})(?:[:.](\d{2}))?\s*([ap])/i.exec(words) ?? [];
  const twelve = Number(hour) % 12;
  return `T${pad(meridiem.toLowerCase() === 'p' ? twelve + 12 : twelve)}:${minutes}`;
}

/**
 * The clock told right after a weekly set with "every" is read on its own, as the set's clock:
 * "The market is held every Thursday at 2pm", said on 12 March 2026, gives "every Thursday"
 * (`XXXX-WXX-4`) and "2pm" (`T14:00`, the habit's bare clock, never a day's even where the
 * sentence names a day: "The club meets every Wednesday at 7pm, but on Wednesday at 8pm …" is
 * `T19:00`); "every Saturday from 8 a.m. to noon" `T08:00` and `T12:00`. Weekdays joined to the
 * first are days of the set too ("every Tuesday and Thursday from 2 to 5 p.m.": `XXXX-WXX-2`,
 * `XXXX-WXX-4`, `T14:00`, `T17:00`), where the last was one day's clocks; "between 1 and 4 p.m."
 * and a comma ("every Tuesday and Thursday, 11 a.m. to 1 p.m.") tie the clock as "from" does.
 * Read before, the weekday and the clock were one day's time ("Thursday at 2pm"), which lost to
 * the set and left the clock unread.
 *
 * Only a clock after "at", "from", "until", "till", "by", "after", "before" or "between", or a
 * comma, right after the set; a weekday without "every" ("on Thursday at 2pm") is a day's time
 * and is left, as is a set told in other words ("on Thursdays at 2pm"), and a figure with no a.m.
 * or p.m. ("every Sunday at 10.30").
 *
 * @example
 * readClockAfterEverySet('Crews train every Tuesday evening at 7pm.', options)
 * // a reading of "7pm" with no day, T19:00
 */
export const readClockAfterEverySet: Pass = (text, options) =>
  [...text.matchAll(CLOCK_AFTER_EVERY_SET)].flatMap((m) => {
    const readings: Reading[] = [];
    // The weekdays joined to the first ("every Monday and Wednesday"): each a day of the set.
    const days = [...m[0].matchAll(WEEKDAY_NAME)];
    for (const day of days.slice(1)) {
      const n = weekdayNumber(day[0]);
      const start = m.index + day.index;
      readings.push(
        publishedSetReading(
          start,
          start + day[0].length,
          `XXXX-WXX-${n === 0 ? 7 : n}`,
          options.published,
        ),
      );
    }
    for (const name of ['first', 'second'] as const) {
      const words = m.groups?.[name];
      const span = m.indices?.groups?.[name];
      if (!words || !span) continue;
      const [start, end] = span;
      const second = m.groups?.second;
      const clock =
        name === 'first' && second && /^[\d:.]+$/.test(words)
          ? bareHourOf(words, second)
          : clockOf(words);
      const reading = clockOnLastDay(text, start, end, clock, options.published);
      // The set's clock has no day, even where clockOfHabit would keep a day the sentence names.
      readings.push({
        ...reading,
        priority: 2,
        resolve: (context) => ({ ...reading.resolve(context), value: clock }),
      });
    }
    return readings;
  });
