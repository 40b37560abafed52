import type { Reading } from './Reading.ts';
import { publishedSpanReading } from './publishedSpanReading.ts';

/**
 * Words read as a recurring time ("on weekday mornings", "Thursdays through Sundays", "every
 * Christmas"): a SET of the given TIMEX value, anchored on the publication date, winning over the
 * readings it overlaps of lower priority.
 */
export function publishedSetReading(
  start: number,
  end: number,
  value: string,
  published: string,
  priority = 3,
): Reading {
  return publishedSpanReading('SET', start, end, value, published, priority);
}
