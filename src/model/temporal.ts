import { z } from 'zod/mini';

/** True when `YYYY-MM-DD` names a day that exists: 2025-02-30 does not. */
function isRealDay(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const day = new Date(y, m - 1, d);
  return day.getFullYear() === y && day.getMonth() === m - 1 && day.getDate() === d;
}

/** A calendar date as written in the dataset: `YYYY-MM-DD`, read as a local date, never an instant. */
export const CalendarDate = z
  .string()
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, 'a calendar date YYYY-MM-DD'),
    z.refine(isRealDay, 'a day that exists on the calendar'),
  );
export type CalendarDate = z.infer<typeof CalendarDate>;

/** How finely the words of the text place an event. */
export const Granularity = z.enum([
  'day',
  'week',
  'month',
  'quarter',
  'season',
  'year',
  'decade',
  'span',
]);
export type Granularity = z.infer<typeof Granularity>;

/** TIMEX3 `mod`: where in its period an expression sits, or how loosely. */
export const TimexMod = z.enum(['START', 'MID', 'END', 'APPROX', 'BEFORE', 'AFTER']);
export type TimexMod = z.infer<typeof TimexMod>;

/** Whether the text says the event happened, is scheduled, or is only possible. */
export const EventStatus = z.enum(['happened', 'scheduled', 'possible']);
export type EventStatus = z.infer<typeof EventStatus>;

export const Locale = z.enum(['en-US', 'en-GB']);
export type Locale = z.infer<typeof Locale>;
