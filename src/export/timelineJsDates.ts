import { timexRange } from '../dates/timexRange.ts';
import type { EventDate } from '../model/event.ts';
import type { TimelineJsDate } from '../model/timelineJs.ts';
import { timexClock } from '../model/timexClock.ts';

type Precision = 'year' | 'month' | 'day';

const parts = (day: string) => day.split('-').map(Number) as [number, number, number];

function lastDayOfMonth(year: number, month: number): number {
  return new Date(year, month, 0).getDate();
}

/** The coarsest unit whose whole periods `first` to `last` cover exactly: a year, a month or days. */
function coveringPrecision(first: string, last: string): Precision {
  const [, fm, fd] = parts(first);
  const [ly, lm, ld] = parts(last);
  if (fm === 1 && fd === 1 && lm === 12 && ld === 31) return 'year';
  if (fd === 1 && ld === lastDayOfMonth(ly, lm)) return 'month';
  return 'day';
}

function atPrecision(day: string, precision: Precision): TimelineJsDate {
  const [year, month, date] = parts(day);
  if (precision === 'year') return { year };
  if (precision === 'month') return { year, month };
  return { year, month, day: date };
}

/** The precision a TIMEX value's own range has, or days where the value has no range of its own. */
function precisionOf(value: string): Precision {
  try {
    const range = timexRange(value);
    return coveringPrecision(range.start, range.end);
  } catch {
    return 'day';
  }
}

/**
 * A day with the clock time its TIME value keeps, as the article stated it; else as it is. An
 * interval keeps none (timexClock): its ends may be on two clocks, so it is dated to the day.
 */
function withClock(date: TimelineJsDate, value: string): TimelineJsDate {
  const clock = timexClock(value);
  return clock && date.day !== undefined ? { ...date, ...clock } : date;
}

const same = (a: TimelineJsDate, b: TimelineJsDate) => JSON.stringify(a) === JSON.stringify(b);

/**
 * `start_date` and `end_date` for TimelineJS at the precision the text gives: "June 2021" is
 * year and month with no day, "2025" a year alone, one day has no end date. TimelineJS has no
 * weeks, seasons or quarters, so those become their first and last day (or month, or year)
 * exactly. In an interval each end keeps its own precision: "since the beginning of the year"
 * (`2025/2025-08-07`) starts in 2025 and ends on 7 August 2025, and an interval between two
 * clock times (`2025-08-04T09:00/2025-08-06T10:30`) is dated to the day, as its label is. A single
 * clock time the words give (`2025-03-03T10:30`) is its hour and minute, the article's clock:
 * TimelineJS sets them on the reader's clock as written, converting nothing, and has no zone (the
 * slide's `display_date` names it).
 *
 * @example timelineJsDates({ value: '2021-06', start: '2021-06-01', end: '2021-06-30', … })
 * // { start_date: { year: 2021, month: 6 } }
 */
export function timelineJsDates(date: Pick<EventDate, 'value' | 'start' | 'end'>): {
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
} {
  const interval = date.value.split('/');
  const [startValue, endValue] =
    interval.length === 2 ? [interval[0]!, interval[1]!] : [date.value, date.value];
  const [startPrecision, endPrecision] =
    interval.length === 2
      ? [precisionOf(startValue), precisionOf(endValue)]
      : [coveringPrecision(date.start, date.end), coveringPrecision(date.start, date.end)];
  const startDay = atPrecision(date.start, startPrecision);
  const endDay = atPrecision(date.end, endPrecision);
  const start_date = withClock(startDay, date.value);
  return same(startDay, endDay) ? { start_date } : { start_date, end_date: endDay };
}
