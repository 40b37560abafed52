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
