import type { AuthoredEvent } from './AuthoredEvent.ts';

/**
 * Two events made one: `into` keeps its id, fields and place, and takes `from`'s evidence after
 * its own (so its own first dated quote still dates it), and any people and places it lacked.
 * `from` goes; other events dated against it are the build's to refuse, in its own words.
 */
export function mergeEvents(events: AuthoredEvent[], from: string, into: string): AuthoredEvent[] {
  const source = events.find((event) => event.id === from);
  if (!source || from === into) return events;
  const union = (a: string[] = [], b: string[] = []) => [...a, ...b.filter((x) => !a.includes(x))];
  return events.flatMap((event) => {
    if (event.id === from) return [];
    if (event.id !== into) return [event];
    return [
      {
        ...event,
        people: union(event.people, source.people),
        places: union(event.places, source.places),
        evidence: [...event.evidence, ...source.evidence],
      },
    ];
  });
}
