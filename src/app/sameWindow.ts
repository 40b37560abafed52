import type { TimeWindow } from './storyViews.ts';

/**
 * Whether the timeline shows `shown` as the window `wanted`: each edge within a thousandth of
 * the wanted span. vis-timeline lands an animated move on the exact times, but a window read
 * back from it has passed through pixel arithmetic; a pan or a zoom by the reader moves an edge
 * by far more.
 */
export function sameWindow(wanted: TimeWindow, shown: TimeWindow): boolean {
  const slack = (wanted.end.getTime() - wanted.start.getTime()) / 1000;
  return (
    Math.abs(wanted.start.getTime() - shown.start.getTime()) <= slack &&
    Math.abs(wanted.end.getTime() - shown.end.getTime()) <= slack
  );
}
