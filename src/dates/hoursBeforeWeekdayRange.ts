import type { Mention } from '../model/mention.ts';
import { DAY_VALUE } from './dayValue.ts';
import { HABIT, ONE_TIME } from './readHabitualWeekdayRanges.ts';
import { sentenceAround } from './tenseAround.ts';
import { WEEKDAY_PATTERN, WEEKDAY_WORD, weekdayNumber } from './weekdayNames.ts';

/**
 * Opening hours told before the weekdays they hold on, after a comma, are the habit's clocks and
 * the days every such weekday: "The tax office is open between 9 a.m. and 5 p.m., Monday through
 * Friday", said on Wednesday 25 November 2026, is `T09:00`, `T17:00`, `XXXX-WXX-1` and
 * `XXXX-WXX-5` (where "5 p.m., Monday" was read as one time on 30 November and Friday as 27
 * November); "The helpline is staffed from 8am to 6pm, Monday to Friday" and "Visiting hours are 10
 * a.m. to 8 p.m., Tuesday through Sunday" alike.
 *
 * Only a clock read together with the weekday after its comma, that weekday the first end of a
 * stretch of two ("to", "through", "until", "-"), in a sentence that tells what a place or a
 * service does every week (`HABIT` of readHabitualWeekdayRanges, or "hours are") and nothing told
 * once (`ONE_TIME`: "The office will be open from 9am to 1pm, Monday to Wednesday").
 *
 * @example
 * hoursBeforeWeekdayRange(text, mentions) // "5 p.m., Monday" → "5 p.m." T17:00, "Monday" XXXX-WXX-1
 */
export function hoursBeforeWeekdayRange(text: string, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i]!;
    const next = mentions[i + 1];
    const joined = CLOCK_THEN_WEEKDAY.exec(mention.text);
    if (
      mention.type !== 'TIME' ||
      !joined ||
      !next ||
      !WEEKDAY_WORD.test(next.text) ||
      !DAY_VALUE.test(next.value)
    ) {
      out.push(mention);
      continue;
    }
    if (!STRETCH.test(text.slice(mention.end, next.start))) {
      out.push(mention);
      continue;
    }
    const { before, after } = sentenceAround(text, mention.start, next.end);
    const said = `${before}${text.slice(mention.start, next.end)}`;
    if (
      !(HABIT.test(said) || HOURS_ARE.test(said)) ||
      ONE_TIME.test(said) ||
      ONE_TIME.test(after)
    ) {
      out.push(mention);
      continue;
    }
    const clock = joined[1]!;
    const day = joined[2]!;
    const dayStart = mention.end - day.length;
    const open = mention.start - before.length;
    // The hours' first clock, read on the day the stretch was taken for, is the habit's too.
    for (let j = out.length - 1; j >= 0 && out[j]!.start >= open; j--)
      if (out[j]!.type === 'TIME' && DAY_VALUE.test(out[j]!.value))
        out[j] = { ...out[j]!, value: out[j]!.value.slice(10) };
    out.push(
      {
        ...mention,
        text: clock,
        end: mention.start + clock.length,
        value: mention.value.slice(10),
      },
      { ...mention, text: day, start: dayStart, type: 'SET', value: everyDay(day) },
      { ...next, type: 'SET', value: everyDay(next.text) },
    );
    i++;
  }
  return out;
}

function everyDay(name: string): string {
  return `XXXX-WXX-${weekdayNumber(name) || 7}`;
}

// A clock and the weekday after its comma read as one: "5 p.m., Monday", "6pm, Monday".
const CLOCK_THEN_WEEKDAY = new RegExp(
  String.raw`^(.*?(?:[ap]\.?m\.?|noon|midday)),\s*(${WEEKDAY_PATTERN})$`,
  'i',
);

// The words between the two ends of a stretch of weekdays.
const STRETCH = /^\s*(?:[-–]|to|through|thru|until|till)\s*$/i;

// A listing's hours told with "are": "Visiting hours are 10 a.m. to 8 p.m., Tuesday through Sunday".
const HOURS_ARE = /\bhours\s+are\b/i;
