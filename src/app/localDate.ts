import { addDays, parseISO } from 'date-fns';
import type { CalendarDate } from '../model/temporal.ts';

/**
 * A calendar date as local midnight. `parseISO` reads a date-only string as local time, unlike
 * `new Date('2025-08-06')`, which is UTC midnight and falls on 5 August west of Greenwich.
 */
export function localDate(date: CalendarDate): Date {
  return parseISO(date);
}

/** Local midnight at the end of a calendar date: where a span that ends on `date` stops. */
export function endOfLocalDate(date: CalendarDate): Date {
  return addDays(localDate(date), 1);
}
