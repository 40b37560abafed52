import { getDay } from 'date-fns';
import { toLocalDate } from './calendarDate.ts';
import { dayOfValue } from './valueShape.ts';

/**
 * Whether a TIMEX3 value names a day (a time of it too) that falls on `weekday` (0 is Sunday).
 *
 * @example isWeekdayOf('2025-02-22TNI', 6) //=> true
 */
export function isWeekdayOf(value: string, weekday: number): boolean {
  const day = dayOfValue(value);
  return day !== undefined && getDay(toLocalDate(day)) === weekday;
}
