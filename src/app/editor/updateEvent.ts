import type { AuthoredEvent } from './AuthoredEvent.ts';

/** The fields of an event an editor changes in its form. */
export type EventFields = Pick<
  AuthoredEvent,
  'title' | 'summary' | 'kind' | 'status' | 'people' | 'places' | 'evidence'
>;

/** The events with one event's fields replaced, in place, its other fields and order kept. */
export function updateEvent(
  events: AuthoredEvent[],
  id: string,
  fields: Partial<EventFields>,
): AuthoredEvent[] {
  return events.map((event) => (event.id === id ? { ...event, ...fields } : event));
}
