import type { AuthoredEvent } from './AuthoredEvent.ts';

/**
 * One passage moved from one event to the end of another's evidence. An event left with no
 * evidence is not removed here: the build refuses it, and the editor says so.
 */
export function moveEvidence(
  events: AuthoredEvent[],
  from: string,
  index: number,
  to: string,
): AuthoredEvent[] {
  const moved = events.find((event) => event.id === from)?.evidence[index];
  if (!moved || from === to) return events;
  return events.map((event) => {
    if (event.id === from)
      return { ...event, evidence: event.evidence.filter((_, i) => i !== index) };
    if (event.id === to) return { ...event, evidence: [...event.evidence, moved] };
    return event;
  });
}
