import type { TimelineEvent } from '../model/event.ts';
import type { GoldHappening } from './scoreTimeline.ts';

/** What an edited event gives the score: its id, its days, its quotes' places, its review. */
export type EditedEvent = Pick<TimelineEvent, 'id' | 'draft'> & {
  date: Pick<TimelineEvent['date'], 'start' | 'end' | 'label'>;
  evidence: readonly { source: string; start: number; end: number }[];
};

/**
 * An edited story as a gold for the drafter: each event an editor reviewed (drafts left out) is
 * one happening, its quotes the mentions that tell it and its date the days the build derived.
 * Scored like a gold timeline, it asks whether the drafter, from the articles alone, finds each
 * event on an overlapping date and joins the articles that tell it in one draft.
 */
export function goldFromEvents(events: readonly EditedEvent[]): GoldHappening[] {
  return events
    .filter((event) => event.draft !== true && event.evidence.length > 0)
    .map((event) => ({
      mentions: event.evidence.map((e) => ({ doc: e.source, start: e.start, end: e.end })),
      range: { start: event.date.start, end: event.date.end },
      date: event.date.label,
      entities: [event.id],
    }));
}
