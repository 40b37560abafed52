import type { AuthoredEvent } from './AuthoredEvent.ts';

/** The events without the rejected one. */
export function rejectEvent(events: AuthoredEvent[], id: string): AuthoredEvent[] {
  return events.filter((event) => event.id !== id);
}
