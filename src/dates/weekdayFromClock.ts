import type { Mention } from '../model/mention.ts';
import { DAY_VALUE } from './dayValue.ts';
import { WEEKDAY_PATTERN } from './weekdayNames.ts';

/**
 * A weekday and the clock it opens at, joined by "from", are two expressions: the day, and the
 * clock on that day. "The clinic will offer free flu shots Thursday from 9 a.m.", said on
 * Wednesday 4 November 2026, is `2026-11-05` and `2026-11-05T09:00` (where "Thursday from 9 a.m"
 * was one time); "Saturday from noon" alike. A stretch closed by a second clock ("Thursday from 9
 * a.m. to noon") keeps its second end as it was read. Where the clock was read apart ("Federal
 * offices closed Tuesday from noon", said on Wednesday 21 January 1998), it is put on the weekday
 * before it: `1998-01-20T12:00`, not publication's noon.
 *
 * Only a mention read as one time on a calendar day whose words are exactly a weekday (with "on"
 * before it or not), "from" and a clock; "on Thursday at 2pm" stays one time, and a habit's
 * weekday ("open Saturdays from 8 a.m.", a SET) is not touched.
 *
 * @example
 * weekdayFromClock(text, mentions) // "Thursday from 9 a.m" → "Thursday" 2026-11-05, "9 a.m" 2026-11-05T09:00
 */
export function weekdayFromClock(text: string, mentions: Mention[]): Mention[] {
  return mentions.flatMap((mention, i) => {
    const before = mentions[i - 1];
    if (
      before &&
      mention.type === 'TIME' &&
      DAY_VALUE.test(mention.value) &&
      before.type === 'DATE' &&
      LONE_WEEKDAY.test(before.text) &&
      DAY_VALUE.test(before.value) &&
      FROM_BETWEEN.test(text.slice(before.end, mention.start))
    )
      return [{ ...mention, value: `${before.value.slice(0, 10)}${mention.value.slice(10)}` }];
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
}

// "Thursday from 9 a.m", "on Saturday from noon", "Friday from 9:30 a.m.".
const DAY_FROM_CLOCK = new RegExp(
  String.raw`^(on\s+)?(${WEEKDAY_PATTERN})\s+from\s+(\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\b\.?|o'clock)|noon|midday)$`,
  'i',
);
const LONE_WEEKDAY = new RegExp(`^(?:on\\s+)?${WEEKDAY_PATTERN}$`, 'i');

// Only "from" between the weekday and its clock.
const FROM_BETWEEN = /^\s+from\s+$/i;
