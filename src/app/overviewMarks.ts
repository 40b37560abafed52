import type { TimeWindow } from './storyViews.ts';
import type { TimelineItem } from './toTimelineItems.ts';

/** One mark on the overview strip, in percent of its width. */
export interface OverviewMark {
  key: string;
  className: string;
  left: number;
  width: number;
}

/** Marks closer than this (in percent of the strip, about a pixel) are drawn as one. */
const resolution = 0.1;

/**
 * The overview strip's marks: one per item, except that marks of the same class that touch or
 * overlap at the strip's resolution merge into one, so ten thousand events draw a few hundred
 * spans that look the same as ten thousand. (The selected event is drawn over them apart, so a
 * selection does not recompute them.)
 */
export function overviewMarks(items: readonly TimelineItem[], domain: TimeWindow): OverviewMark[] {
  const at = overviewPosition(domain);
  const marks: OverviewMark[] = [];
  const open = new Map<string, OverviewMark>();
  const sorted = [...items].sort((a, b) => a.start.getTime() - b.start.getTime());
  for (const item of sorted) {
    const left = at(item.start);
    const right = at(item.end);
    const last = open.get(item.className);
    if (last && left <= last.left + last.width + resolution) {
      last.width = Math.max(last.width, right - last.left);
      continue;
    }
    const mark = { key: item.id, className: item.className, left, width: right - left };
    open.set(item.className, mark);
    marks.push(mark);
  }
  return marks;
}

/** Where a date falls on the strip, in percent of its width, clamped to the strip. */
export function overviewPosition(domain: TimeWindow): (date: Date) => number {
  const from = domain.start.getTime();
  const span = domain.end.getTime() - from;
  return (date) => Math.min(100, Math.max(0, ((date.getTime() - from) / span) * 100));
}

/** The widest a year label is drawn on the strip ("1990" at its small size, padding and rule). */
export const yearLabelWidth = 40;

/** Steps between labelled years, finest first: every year, every 2nd, 5th, 10th and so on. */
const yearSteps = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];

/**
 * The years labelled on a strip `width` pixels wide: the first of each year, thinned to every
 * 2nd, 5th, 10th … year so that no label runs into the next one or off the strip's end.
 */
export function overviewYears(domain: TimeWindow, width: number): number[] {
  const year = 365.25 * 24 * 3600 * 1000;
  const perYear = (width * year) / (domain.end.getTime() - domain.start.getTime());
  const step = yearSteps.find((s) => s * perYear >= yearLabelWidth) ?? yearSteps.at(-1) ?? 1;
  const list: number[] = [];
  const first = domain.start.getFullYear() + 1;
  const at = overviewPosition(domain);
  for (let y = Math.ceil(first / step) * step; y <= domain.end.getFullYear(); y += step) {
    // A label too near the strip's right edge would be cut off there: leave it out.
    if ((at(new Date(y, 0, 1)) / 100) * width + yearLabelWidth <= width) list.push(y);
  }
  return list;
}
