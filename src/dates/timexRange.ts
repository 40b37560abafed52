import {
  addDays,
  addMonths,
  endOfISOWeek,
  endOfMonth,
  endOfQuarter,
  endOfYear,
  setISOWeek,
  startOfISOWeek,
} from 'date-fns';
import type { Granularity } from '../model/temporal.ts';
import { toCalendarDate } from './calendarDate.ts';
import { DateResolutionError } from './DateResolutionError.ts';

export interface TimexRange {
  /** First calendar day the value covers, YYYY-MM-DD. */
  start: string;
  /** Last calendar day the value covers, inclusive. */
  end: string;
  granularity: Granularity;
}

const SEASON_START_MONTH = { SP: 3, SU: 6, FA: 9, WI: 12 } as const;

function range(start: Date, end: Date, granularity: Granularity): TimexRange {
  return { start: toCalendarDate(start), end: toCalendarDate(end), granularity };
}

/**
 * The inclusive calendar range a TIMEX3 value covers, and its granularity.
 *
 * Times (`2025-08-08T15:00`) cover their day; ISO weeks run Monday to Sunday (`-WE` is the
 * Saturday and Sunday); half years (`2024-H1`) are six months, a span; seasons are meteorological,
 * winter `YYYY-WI` being December YYYY to February YYYY+1. An interval of two such values
 * (`2010-06-02/2010-06-16`) covers both and is a `span`. References (PAST_REF …) and durations have
 * no range and throw.
 *
 * @example timexRange('2025-W33')
 * // { start: '2025-08-11', end: '2025-08-17', granularity: 'week' }
 */
export function timexRange(value: string): TimexRange {
  let m: RegExpExecArray | null;
  // An ISO 8601 interval of two calendar values, "2010-06-02/2010-06-16": from the first day of
  // the one to the last day of the other.
  if ((m = /^([^/]+)\/([^/]+)$/.exec(value))) {
    const from = timexRange(m[1]!);
    const to = timexRange(m[2]!);
    if (from.start <= to.end) return { start: from.start, end: to.end, granularity: 'span' };
  }
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T[\w:.]+)?$/.exec(value))) {
    const day = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    if (day.getMonth() === Number(m[2]) - 1) return range(day, day, 'day');
  } else if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
    const week = Number(m[2]);
    // January 4th is always in ISO week 1 of its year.
    const monday = startOfISOWeek(setISOWeek(new Date(Number(m[1]), 0, 4), week));
    if (week >= 1 && week <= 53) {
      return m[3]
        ? range(addDays(monday, 5), addDays(monday, 6), 'week')
        : range(monday, endOfISOWeek(monday), 'week');
    }
  } else if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    const month = Number(m[2]);
    const first = new Date(Number(m[1]), month - 1, 1);
    if (month >= 1 && month <= 12) return range(first, endOfMonth(first), 'month');
  } else if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
    const first = new Date(Number(m[1]), (Number(m[2]) - 1) * 3, 1);
    return range(first, endOfQuarter(first), 'quarter');
  } else if ((m = /^(\d{4})-H([12])$/.exec(value))) {
    const first = new Date(Number(m[1]), (Number(m[2]) - 1) * 6, 1);
    return range(first, endOfMonth(addMonths(first, 5)), 'span');
  } else if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const startMonth = SEASON_START_MONTH[m[2] as keyof typeof SEASON_START_MONTH];
    const first = new Date(Number(m[1]), startMonth - 1, 1);
    return range(first, endOfMonth(new Date(Number(m[1]), startMonth + 1, 1)), 'season');
  } else if ((m = /^(\d{4})$/.exec(value))) {
    const first = new Date(Number(m[1]), 0, 1);
    return range(first, endOfYear(first), 'year');
  } else if ((m = /^(\d{3})(?:X|0s)$/.exec(value))) {
    const first = new Date(Number(m[1]) * 10, 0, 1);
    return range(first, endOfYear(new Date(Number(m[1]) * 10 + 9, 0, 1)), 'decade');
  }
  throw new DateResolutionError({ code: 'not-a-calendar-value', value });
}
