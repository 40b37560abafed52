import type { TimelineEvent } from '../model/event.ts';
import type { StoryKind } from '../model/story.ts';
import { kindClass } from './kindClass.ts';
import { statusNames } from './statusNames.ts';
import { endOfLocalDate, localDate } from './localDate.ts';
import { dateIsExact } from './dateIsExact.ts';
import { runsPast, type RunsPastSide } from './runsPast.ts';
import { runsPastWords, type RunsPastWords } from './runsPastWords.ts';
import type { StoryView, TimeWindow } from './storyViews.ts';

/** What the timeline draws for one event, before it becomes a DOM element. */
export interface TimelineItem {
  id: string;
  group: string;
  start: Date;
  end: Date;
  className: string;
  /** "Scheduled" or "Possible" for what has not happened; written out, not left to colour. */
  status: string | null;
  /** Set for a drafted event no editor has reviewed: drawn and labelled as a draft. */
  draft: boolean;
  title: string;
  /**
   * For an item some view cuts at an edge, what its label says there of where the bar begins or
   * ends, and at which edge each view cuts it; the class `runs-<view>-<side>` says the same to CSS.
   */
  cut: { words: RunsPastWords; sides: Partial<Record<StoryView['id'], RunsPastSide>> } | null;
  /**
   * Custom properties for CSS: `--runs-<view>-shown`, the share of the view's width the bar of a
   * cut item takes, so its label can wrap within the part on screen. Empty for an item no view cuts.
   */
  style: string;
}

export interface TimelineGroup {
  id: string;
  content: string;
  className: string;
  order: number;
}

/**
 * Turns events into timeline items. Every date is a range from local midnight of its first day
 * to local midnight after its last, so a day fills exactly its own column in every time zone
 * (a point at midnight would sit on the line between two days). A date the text does not give
 * to the day (a week, a month, a year, a span the event falls somewhere within) is marked
 * imprecise and drawn hatched; a stretch whose first and last day the text names ("March 3-5")
 * is as precise as a single day. Where one of `views` cuts an item's bar at an edge, the item says
 * so once, here, so moving between views costs no work per item (the page shows the words of
 * the view on screen with CSS).
 */
export function toTimelineItems(
  events: readonly TimelineEvent[],
  kinds: ReadonlyMap<string, StoryKind>,
  views: readonly StoryView[] = [],
): TimelineItem[] {
  return events.map((event) => {
    const { date } = event;
    const precision = dateIsExact(date) ? 'precise' : 'imprecise';
    const status = statusNames[event.status];
    const start = localDate(date.start);
    const end = endOfLocalDate(date.end);
    const cuts = views.flatMap((view) => {
      const side = runsPast({ start, end }, view.window);
      return side ? [{ view, side }] : [];
    });
    const runs = cuts.map(({ view, side }) => `runs-${view.id}-${side}`);
    return {
      id: event.id,
      group: event.kind,
      start,
      end,
      className: [
        kindClass(kinds.get(event.kind), event.kind),
        `status-${event.status}`,
        `date-${precision}`,
        ...(event.draft ? ['is-draft'] : []),
        ...runs,
      ].join(' '),
      status,
      draft: event.draft === true,
      title: event.title,
      cut:
        cuts.length > 0
          ? {
              words: runsPastWords(date, { start, end }),
              sides: Object.fromEntries(cuts.map(({ view, side }) => [view.id, side])),
            }
          : null,
      style: cuts
        .map(({ view }) => `--runs-${view.id}-shown: ${shownShare({ start, end }, view.window)};`)
        .join(' '),
    };
  });
}

/** The share of `window`'s width the part of `span` inside it takes, from 0 to 1. */
function shownShare(span: TimeWindow, window: TimeWindow): number {
  const from = Math.max(span.start.getTime(), window.start.getTime());
  const to = Math.min(span.end.getTime(), window.end.getTime());
  const share = (to - from) / (window.end.getTime() - window.start.getTime());
  return Math.round(share * 10000) / 10000;
}

/**
 * One lane per kind of event present, in the order the story lists its kinds; the lane labels
 * name the kinds.
 */
export function toTimelineGroups(
  events: readonly TimelineEvent[],
  kinds: readonly StoryKind[],
): TimelineGroup[] {
  const present = new Set(events.map((e) => e.kind));
  return kinds.flatMap((kind, order) =>
    present.has(kind.id)
      ? [{ id: kind.id, content: kind.label, className: kindClass(kind, kind.id), order }]
      : [],
  );
}
