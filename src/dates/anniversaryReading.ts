import { addWeeks, addMonths, addYears } from 'date-fns';
import type { Reading } from './Reading.ts';
import { toLocalDate } from './calendarDate.ts';
import { toTimex } from './toTimex.ts';

/** How an anniversary counts: years back, from this or last month or week. */
export interface AnniversaryCount {
  count: number;
  granularity: 'month' | 'week';
  /** "last month", "last week": the period before publication's. */
  previous: boolean;
}

/**
 * The reading of the words from `start` to `end` as the month or week of publication (or the one
 * before it) so many years back, one DATE at that period's precision.
 */
export function anniversaryReading(
  start: number,
  end: number,
  published: string,
  { count, granularity, previous }: AnniversaryCount,
): Reading {
  const shift = previous ? -1 : 0;
  const period =
    granularity === 'month'
      ? addMonths(toLocalDate(published), shift)
      : addWeeks(toLocalDate(published), shift);
  const value = toTimex(addYears(period, -count), granularity);
  return {
    start,
    end,
    priority: 4,
    resolve: () => ({
      type: 'DATE',
      value,
      granularity,
      anchor: { kind: 'published', date: published },
      offset: { amount: -count, unit: 'year' },
    }),
  };
}
