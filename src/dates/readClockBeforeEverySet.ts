import type { Pass } from './Reading.ts';
import { clockOnLastDay } from './clockOnLastDay.ts';
import { WEEKDAY_PATTERN } from './weekdayNames.ts';

// "at 10.30 every Sunday", "at 9:45 every weekday", "at 10.30 on Sundays": after "at", an hour
// and its minutes with no a.m. or p.m., right before a weekly set told with "every" or a plural
// weekday after "on". The set makes the figure a clock, which alone it is not ("at 10.30 per
// cent", "a 7.45 rating"). An hour from 1 to 7 without a leading nought is left: in a habit it is
// mostly the afternoon's or evening's ("Evensong is sung at 5.30 every Saturday", 17:30), which
// the figure does not say.
const CLOCK_BEFORE_EVERY_SET = new RegExp(
  `\\bat\\s+(?<hour>0\\d|[89]|1\\d|2[0-3])[.:](?<minutes>[0-5]\\d)(?![\\w.:])` +
    `(?=,?\\s+(?:every\\s+(?:other\\s+)?(?:${WEEKDAY_PATTERN}|weekday)\\b|on\\s+(?:${WEEKDAY_PATTERN})s\\b))`,
  'gid',
);

/**
 * An hour and minutes with neither a.m. nor p.m. told right before a weekly set is the set's
 * clock: "Mass is said at 10.30 every Sunday", said on 17 May 2026, gives "10.30" `T10:30` (made
 * the habit's bare clock by `clockOfHabit`) beside "every Sunday" `XXXX-WXX-7`; before, the
 * figure was read as no time at all. An hour from 8 to 23, or written with a leading nought
 * ("07.45"), is taken as written.
 *
 * Only after "at" and right before "every <weekday>" or "on <weekday>s"; a figure with no set
 * after it ("rose by 10.30 per cent", "at 10.30 on Sunday") is left as it was, and so is an hour
 * from 1 to 7 ("Evensong is sung at 5.30 every Saturday"), as likely the afternoon's as the
 * morning's.
 *
 * @example
 * readClockBeforeEverySet('Mass is said at 10.30 every Sunday.', options) // "10.30", T10:30
 */
export const readClockBeforeEverySet: Pass = (text, options) =>
  [...text.matchAll(CLOCK_BEFORE_EVERY_SET)].flatMap((m) => {
    const start = m.indices?.groups?.hour?.[0];
    const end = m.indices?.groups?.minutes?.[1];
    const { hour, minutes } = m.groups ?? {};
    if (start === undefined || end === undefined || hour === undefined || minutes === undefined)
      return [];
    return [
      {
        ...clockOnLastDay(
          text,
          start,
          end,
          `T${hour.padStart(2, '0')}:${minutes}`,
          options.published,
        ),
        priority: 2,
      },
    ];
  });
