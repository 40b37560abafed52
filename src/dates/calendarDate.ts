import { format } from 'date-fns';
import { CalendarDate } from '../model/temporal.ts';

/**
 * Calendar dates travel as `YYYY-MM-DD` strings. Arithmetic happens on local-midnight Date objects
 * built from their parts (never `new Date('2025-08-06')`, which is a UTC instant and lands on the
 * previous day west of Greenwich), and is formatted back with local getters.
 */
export function toLocalDate(date: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`not a calendar date: ${date}`);
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

export function toCalendarDate(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}

/** True for a real day written YYYY-MM-DD (2025-02-30 is not one), as the model's schema says. */
export function isCalendarDate(date: string): boolean {
  return CalendarDate.safeParse(date).success;
}
