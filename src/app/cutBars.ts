import { runsPast, type RunsPastSide } from './runsPast.ts';
import type { TimeWindow } from './storyViews.ts';

/** How a window cuts one bar: the edge or edges it runs on past, and how much of it is on show. */
export interface CutBar {
  side: RunsPastSide;
  /** The share of the window's width the part of the bar inside it takes, from 0 to 1. */
  shown: number;
}

/**
 * How `window` cuts the bar of `span`, or null when the bar lies wholly inside it or wholly
 * outside. The share on show is rounded to a thousandth: a window read back from the timeline
 * after an animated move has passed through pixel arithmetic, and should not count as another cut.
 */
export function cutBar(span: TimeWindow, window: TimeWindow): CutBar | null {
  const side = runsPast(span, window);
  if (!side) return null;
  const from = Math.max(span.start.getTime(), window.start.getTime());
  const to = Math.min(span.end.getTime(), window.end.getTime());
  const share = (to - from) / (window.end.getTime() - window.start.getTime());
  return { side, shown: Math.round(share * 1000) / 1000 };
}

/** Whether two cuts (or their absence) draw the same. */
export function sameCut(a: CutBar | null | undefined, b: CutBar | null | undefined): boolean {
  return (a ?? null) === (b ?? null) || (!!a && !!b && a.side === b.side && a.shown === b.shown);
}

/**
 * The bars among `items` that `window` cuts at an edge, by id, with how it cuts each: what the
 * timeline marks with words at its edge once a move has settled. Plain comparisons of dates the
 * items already hold, so a story of thousands of events costs well under a frame.
 *
 * @example cutBars(items, newsDays).get('peace-talks') // { side: 'before', shown: 0.667 }
 */
export function cutBars(
  items: readonly { id: string; start: Date; end: Date }[],
  window: TimeWindow,
): Map<string, CutBar> {
  const cuts = new Map<string, CutBar>();
  for (const item of items) {
    const cut = cutBar(item, window);
    if (cut) cuts.set(item.id, cut);
  }
  return cuts;
}
