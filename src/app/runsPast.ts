import type { TimeWindow } from './storyViews.ts';

/** Which edges of the view a bar runs on past. */
export type RunsPastSide = 'before' | 'after' | 'both';

/**
 * Which edges of `window` the days of `span` run on past: there the timeline cuts the bar, and
 * its label has to say where it begins or ends. Nothing for a span wholly inside the window or
 * wholly outside it.
 *
 * @example runsPast(january, { start: 6 Jan, end: 9 Jan }) // 'both'
 */
export function runsPast(span: TimeWindow, window: TimeWindow): RunsPastSide | null {
  if (span.end <= window.start || span.start >= window.end) return null;
  const before = span.start < window.start;
  const after = span.end > window.end;
  if (before && after) return 'both';
  if (before) return 'before';
  return after ? 'after' : null;
}
