import type { Reading } from './Reading.ts';
import { publishedSpanReading } from './publishedSpanReading.ts';

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
  return publishedSpanReading('DURATION', start, end, value, published, priority);
}
