import { dayMonthYear, dayRange } from './displayDate.ts';
import type { TimeWindow } from './storyViews.ts';

/** Which edges of the view a bar runs on past. */
export type RunsPastSide = 'before' | 'after' | 'both';

/**
 * What a bar cut by the edge of the timeline says about where it goes on, for each edge it may
 * run past: an arrow toward the hidden part and the day written out, so neither the arrow nor
 * the cut is the only sign. `span` ends at the midnight after its last day.
 *
 * @example runsPastWords(august).both // "← 1–31 Aug 2025 →"
 */
export function runsPastWords(span: TimeWindow): Record<RunsPastSide, string> {
  return {
    before: `← from ${dayMonthYear(span.start)}`,
    after: `to ${dayMonthYear(new Date(span.end.getTime() - 1))} →`,
    both: `← ${dayRange(span)} →`,
  };
}
