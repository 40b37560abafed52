import { isSameDay, isSameMonth, isSameYear } from 'date-fns';

/**
 * Dates as the page shows them, in the same British style as the dataset's labels
 * ("6 Aug 2025"). Intl does the formatting, so the page ships no locale data of its own.
 */
const formats = {
  dayMonthYear: new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }),
  dayMonth: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' }),
  monthYear: new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric' }),
  month: new Intl.DateTimeFormat('en-GB', { month: 'short' }),
};

/** "6 Aug 2025" */
export function dayMonthYear(date: Date): string {
  return formats.dayMonthYear.format(date);
}

/** "6 Aug" */
export function dayMonth(date: Date): string {
  return formats.dayMonth.format(date);
}

/** "Aug 2025" */
export function monthYear(date: Date): string {
  return formats.monthYear.format(date);
}

/**
 * The months from `start` up to `end` (exclusive, as `dayRange`), as briefly as they read:
 * "Aug 2025", "Jan–Aug 2025", "2017–2021".
 */
export function monthSpan({ start, end }: { start: Date; end: Date }): string {
  const last = new Date(end.getTime() - 1);
  if (isSameMonth(start, last)) return monthYear(last);
  if (isSameYear(start, last)) return `${formats.month.format(start)}–${monthYear(last)}`;
  return `${start.getFullYear()}–${last.getFullYear()}`;
}

/**
 * The days from `start` up to `end` (exclusive, as windows and bars end at the midnight after
 * their last day), as briefly as they read: "11 Mar 2025", "6–8 Aug 2025", "28 Jul – 3 Aug 2025",
 * "20 Jan 2017 – 20 Jan 2021".
 */
export function dayRange({ start, end }: { start: Date; end: Date }): string {
  const last = new Date(end.getTime() - 1);
  // One day: "11 Mar 2025", not "11–11 Mar 2025".
  if (isSameDay(start, last)) return dayMonthYear(last);
  if (isSameMonth(start, last)) return `${start.getDate()}–${dayMonthYear(last)}`;
  if (isSameYear(start, last)) return `${dayMonth(start)} – ${dayMonthYear(last)}`;
  return `${dayMonthYear(start)} – ${dayMonthYear(last)}`;
}
