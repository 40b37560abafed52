import type { EventDate, TimelineEvent } from '../model/event.ts';
import type { StoryKind } from '../model/story.ts';
import { kindClass } from './kindClass.ts';
import { statusNames } from './statusNames.ts';
import { endOfLocalDate, localDate } from './localDate.ts';
import { dateIsExact } from './dateIsExact.ts';

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
   * What the words of the bar say where the window on screen cuts it (see runsPastWords and
   * cutBars): worked out only for the bars a window cuts, when it cuts them.
   */
  date: Pick<EventDate, 'granularity' | 'exactDays' | 'label'>;
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
 * is as precise as a single day. Which bars the window on screen cuts, and the words they then
 * show, are worked out when a window comes to rest (see cutBars), not here for every item.
 */
export function toTimelineItems(
  events: readonly TimelineEvent[],
  kinds: ReadonlyMap<string, StoryKind>,
): TimelineItem[] {
  return events.map((event) => {
    const { date } = event;
    const precision = dateIsExact(date) ? 'precise' : 'imprecise';
    const status = statusNames[event.status];
    const start = localDate(date.start);
    const end = endOfLocalDate(date.end);
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
      ].join(' '),
      status,
      draft: event.draft === true,
      title: event.title,
      date,
    };
  });
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
