import { addDays, addMonths, getDay } from 'date-fns';

/**
 * The `ordinal`th `weekday` (0 = Sunday) of the month that starts on `first`, -1 the last.
 *
 * @example nthWeekday(new Date(2026, 2, 1), 3, 2) // Wednesday 11 March 2026
 */
export function nthWeekday(first: Date, weekday: number, ordinal: number): Date {
  if (ordinal < 0) {
    const last = addDays(addMonths(first, 1), -1);
    return addDays(last, -((getDay(last) - weekday + 7) % 7));
  }
  return addDays(first, ((weekday - getDay(first) + 7) % 7) + (ordinal - 1) * 7);
}
