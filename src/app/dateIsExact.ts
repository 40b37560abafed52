import type { EventDate } from '../model/event.ts';

/**
 * Whether the text says exactly which days the event takes: a single day, or a stretch whose
 * words name its first and last day ("March 3-5"). Anything else (a week, a month, a year, a span
 * the event falls somewhere within) leaves the day unknown, and is drawn hatched.
 */
export function dateIsExact(date: Pick<EventDate, 'granularity' | 'exactDays'>): boolean {
  return date.granularity === 'day' || date.exactDays === true;
}
