import type { Reading } from './Reading.ts';

/**
 * Words read as a length of time or a recurring time: a DURATION or a SET of the given TIMEX
 * value, anchored on the publication date, winning over the readings it overlaps of lower
 * priority. `publishedDurationReading` and `publishedSetReading` name the two kinds.
 */
export function publishedSpanReading(
  type: 'DURATION' | 'SET',
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
      type,
      value,
      granularity: 'span',
      anchor: { kind: 'published', date: published },
    }),
  };
}
