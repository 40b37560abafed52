import { addDays, addMonths, addWeeks, addYears } from 'date-fns';
import type { OffsetUnit } from '../model/mention.ts';
import { toLocalDate } from './calendarDate.ts';
import { DateResolutionError } from './DateResolutionError.ts';
import { timexRange } from './timexRange.ts';
import { toTimex } from './toTimex.ts';

const ADD = { day: addDays, week: addWeeks, month: addMonths, year: addYears } as const;

/**
 * Moves a TIMEX value by a signed amount and returns it at the value's own granularity: a month
 * moved by months stays a month, a year moved by eight months is still read as a year.
 * The shift is applied to the first day the value covers.
 *
 * @example shiftTimex('2021-06', { amount: 8, unit: 'month' }) // '2022-02'
 */
export function shiftTimex(value: string, offset: { amount: number; unit: OffsetUnit }): string {
  if (!Number.isInteger(offset.amount) || !(offset.unit in ADD)) {
    throw new DateResolutionError({
      code: 'bad-offset',
      value,
      unit: `${offset.amount} ${offset.unit}`,
    });
  }
  const { start, granularity } = timexRange(value);
  const moved = ADD[offset.unit](toLocalDate(start), offset.amount);
  // A half year ("1989-H1", a span) moved is the half its first day is moved into.
  if (/^\d{4}-H[12]$/.test(value)) return `${moved.getFullYear()}-H${moved.getMonth() < 6 ? 1 : 2}`;
  const time = /T[\w:.]+$/.exec(value)?.[0] ?? '';
  const weekend = value.endsWith('-WE') ? '-WE' : '';
  return toTimex(moved, granularity) + time + weekend;
}
