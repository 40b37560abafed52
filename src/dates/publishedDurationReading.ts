import type { Reading } from './Reading.ts';

/**
 * Words read as a length of time ("the week-long festival", "in the week since the quake", "the
 * past month and a half"): a DURATION of the given TIMEX value, anchored on the publication date,
 * winning over the readings it overlaps of lower priority.
 */
export function publishedDurationReading(
  start: number,
  end: number,
  value: string,
  published: string,
  priority = 3,
): Reading {
  return {
    start,
    end,
    priority,
    resolve: () => ({
      type: 'DURATION',
      value,
      granularity: 'span',
      anchor: { kind: 'published', date: published },
    }),
  };
}
