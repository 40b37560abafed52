import type { Mention } from '../model/mention.ts';
import { DAY_VALUE } from './dayValue.ts';
import { shiftTimex } from './shiftTimex.ts';
import { WEEKDAY_PATTERN, WEEKDAY_ALONE, WEEKDAY_WORD } from './weekdayNames.ts';

/**
 * A weekday and the clock it opens at, joined by "from", are two expressions: the day, and the
 * clock on that day. "The clinic will offer free flu shots Thursday from 9 a.m.", said on
 * Wednesday 4 November 2026, is `2026-11-05` and `2026-11-05T09:00` (where "Thursday from 9 a.m"
 * was one time); "Saturday from noon" alike. A stretch closed by a second clock ("Thursday from 9
 * a.m. to noon") keeps its second end as it was read. Where the clock was read apart ("Federal
 * offices closed Tuesday from noon", said on Wednesday 21 January 1998), it is put on the weekday
 * before it: `1998-01-20T12:00`, not publication's noon. A clock with a weekday of its own goes on
 * the first such day from the weekday on ("Tuesday from noon Wednesday", `onOrAfter`).
 *
 * Only a mention read as one time on a calendar day whose words are exactly a weekday (with "on"
 * before it or not), "from" and a clock; "on Thursday at 2pm" stays one time, and a habit's
 * weekday ("open Saturdays from 8 a.m.", a SET) is not touched.
 *
 * @example
 * weekdayFromClock(text, mentions) // "Thursday from 9 a.m" → "Thursday" 2026-11-05, "9 a.m" 2026-11-05T09:00
 */
export function weekdayFromClock(text: string, mentions: Mention[]): Mention[] {
  const split = mentions.flatMap((mention, i) => {
    const before = mentions[i - 1];
    if (
      before &&
      mention.type === 'TIME' &&
      DAY_VALUE.test(mention.value) &&
      before.type === 'DATE' &&
      WEEKDAY_ALONE.test(before.text) &&
      DAY_VALUE.test(before.value) &&
      FROM_BETWEEN.test(text.slice(before.end, mention.start))
    )
      return [
        { ...mention, value: `${onOrAfter(before.value, mention)}${mention.value.slice(10)}` },
      ];
    const joined = DAY_FROM_CLOCK.exec(mention.text);
    if (mention.type !== 'TIME' || !joined || !DAY_VALUE.test(mention.value)) return [mention];
    const on = joined[1] ?? '';
    const day = joined[2]!;
    const clock = joined[3]!;
    const dayStart = mention.start + on.length;
    const clockStart = mention.end - clock.length;
    return [
      {
        ...mention,
        text: day,
        start: dayStart,
        end: dayStart + day.length,
        type: 'DATE' as const,
        granularity: 'day' as const,
        value: mention.value.slice(0, 10),
      },
      { ...mention, text: clock, start: clockStart },
    ];
  });
  return withClockWeekdayOnOrAfter(text, split);
}

/**
 * The day a clock after "<weekday> from" goes on: the weekday's own day, or, where the clock names
 * a weekday of its own ("Authorities lifted the curfew Tuesday from 6 a.m. Wednesday", said on
 * Tuesday 13 January 2026), the first such day on or after the weekday before it: 2026-01-14,
 * where the clock's Wednesday was read the week before (2026-01-07) or put on the Tuesday.
 */
function onOrAfter(weekdayValue: string, clock: Mention): string {
  const day = weekdayValue.slice(0, 10);
  return OWN_WEEKDAY.test(clock.text) ? firstOnOrAfter(day, clock.value) : day;
}
/** The first day on or after `day` (YYYY-MM-DD) with the weekday of `ownValue`'s day. */
function firstOnOrAfter(day: string, ownValue: string): string {
  const from = new Date(`${day}T00:00:00Z`);
  const own = new Date(`${ownValue.slice(0, 10)}T00:00:00Z`);
  const ahead = (own.getUTCDay() - from.getUTCDay() + 7) % 7;
  return shiftTimex(day, { amount: ahead, unit: 'day' });
}
/**
 * The weekday read apart right after such a clock ("Tuesday from 6 a.m. Wednesday", where "6 a.m"
 * and "Wednesday" were read as two mentions) goes on the first such day on or after the weekday
 * before "from", as a clock with a weekday of its own does.
 */
function withClockWeekdayOnOrAfter(text: string, mentions: readonly Mention[]): Mention[] {
  return mentions.map((mention, i) => {
    const clock = mentions[i - 1];
    const lead = mentions[i - 2];
    if (
      !clock ||
      !lead ||
      mention.type !== 'DATE' ||
      !WEEKDAY_WORD.test(mention.text) ||
      !DAY_VALUE.test(mention.value) ||
      clock.type !== 'TIME' ||
      !(MERIDIEM_END.test(clock.text) ? /^\.?\s+$/ : /^\s+$/).test(
        text.slice(clock.end, mention.start),
      ) ||
      lead.type !== 'DATE' ||
      !WEEKDAY_ALONE.test(lead.text) ||
      !DAY_VALUE.test(lead.value) ||
      !FROM_BETWEEN.test(text.slice(lead.end, clock.start))
    )
      return mention;
    return { ...mention, value: firstOnOrAfter(lead.value.slice(0, 10), mention.value) };
  });
}
// A weekday right after its clock, a period only of "a.m." or "p.m." between them: "6 a.m.
// Wednesday", "noon Wednesday"; not "noon. Tuesday, depositors had rushed", a new sentence's.
const OWN_WEEKDAY = new RegExp(
  String.raw`(?:[ap]\.?\s?m\b\.?|\d|\bnoon|\bmidday|o'clock)\s+(?:${WEEKDAY_PATTERN})\b`,
  'i',
);
// A clock ending in "a.m" or "p.m", whose period the gap before the next weekday may hold.
const MERIDIEM_END = /[ap]\.?\s?m$/i;

// "Thursday from 9 a.m", "on Saturday from noon", "Friday from 9:30 a.m.".
const DAY_FROM_CLOCK = new RegExp(
  String.raw`^(on\s+)?(${WEEKDAY_PATTERN})\s+from\s+(\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\b\.?|o'clock)|noon|midday)$`,
  'i',
);

// Only "from" between the weekday and its clock.
const FROM_BETWEEN = /^\s+from\s+$/i;
