import type { AuthoredEvent } from './AuthoredEvent.ts';

/** The events with one draft accepted: it keeps everything but its `draft` mark. */
export function acceptDraft(events: AuthoredEvent[], id: string): AuthoredEvent[] {
  return events.map((event) => {
    if (event.id !== id) return event;
    const accepted = { ...event };
    delete accepted.draft;
    return accepted;
  });
}
