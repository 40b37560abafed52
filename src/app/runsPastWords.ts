import type { EventDate } from '../model/event.ts';
import { dateIsExact } from './dateIsExact.ts';
import { dayMonthYear, dayRange, monthSpan, monthYear } from './displayDate.ts';
import type { RunsPastSide } from './runsPast.ts';
import type { TimeWindow } from './storyViews.ts';

/** The words of a cut bar, for each edge it may run past: in full, and short for a phone. */
export interface RunsPastWords {
  full: Record<RunsPastSide, string>;
  short: Record<RunsPastSide, string>;
}

/**
 * What a bar cut by the edge of the timeline says about where it goes on, for each edge it may
 * run past: an arrow toward the hidden part and the date in words, so neither the arrow nor the
 * cut is the only sign. The days are written out only where the text gives them (`dateIsExact`);
 * otherwise the date's own label says it ("by August 2025"), since its first and last day are
 * only the earliest and latest it may be. A bar cut at both edges points only outward: its label
 * begins at the left edge, and an arrow to the right would point into its title. The short form
 * keeps the arrow and the month or year, for a narrow screen. `span` ends at the midnight after
 * its last day.
 *
 * @example runsPastWords(exactAugust, august).full.both // "← 1–31 Aug 2025, runs past both edges"
 */
export function runsPastWords(
  date: Pick<EventDate, 'granularity' | 'exactDays' | 'label'>,
  span: TimeWindow,
): RunsPastWords {
  const last = new Date(span.end.getTime() - 1);
  const exact = dateIsExact(date);
  const year = date.granularity === 'year' ? String(span.start.getFullYear()) : null;
  return {
    full: {
      before: `← ${exact ? `from ${dayMonthYear(span.start)}` : date.label}`,
      after: `${exact ? `to ${dayMonthYear(last)}` : date.label} →`,
      both: `← ${exact ? dayRange(span) : date.label}, runs past both edges`,
    },
    short: {
      before: `← ${year ?? monthYear(span.start)}`,
      after: `${year ?? monthYear(last)} →`,
      both: `↔ ${year ?? monthSpan(span)}`,
    },
  };
}
