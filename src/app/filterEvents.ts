import type { TimelineEvent } from '../model/event.ts';

/** What the reader narrowed the story to; `null` means "any". */
export interface EventFilter {
  source: string | null;
  person: string | null;
  kind: string | null;
  query: string;
}

export const noFilter: EventFilter = { source: null, person: null, kind: null, query: '' };

function normalise(text: string): string {
  // Typographic apostrophes and quotes in the articles should match what a reader types.
  return text
    .toLocaleLowerCase('en')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
}

// Normalising every event's text on every keystroke is most of a search's time at 10,000
// events; events are immutable once loaded, so each one's searchable text is worked out once.
const searchable = new WeakMap<TimelineEvent, string>();

function searchText(event: TimelineEvent): string {
  let text = searchable.get(event);
  if (text === undefined) {
    text = normalise(
      [event.title, event.summary, ...event.evidence.map((e) => e.quote)].join('\n'),
    );
    searchable.set(event, text);
  }
  return text;
}

/** Whether a search matches the event's title, summary or any of its quotes. */
export function matchesQuery(event: TimelineEvent, query: string): boolean {
  const words = normalise(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = searchText(event);
  return words.every((word) => haystack.includes(word));
}

/** The events that pass every part of the filter, in the order given. */
export function filterEvents(
  events: readonly TimelineEvent[],
  filter: EventFilter,
): TimelineEvent[] {
  return events.filter(
    (event) =>
      (filter.source === null || event.evidence.some((e) => e.source === filter.source)) &&
      (filter.person === null || event.people.includes(filter.person)) &&
      (filter.kind === null || event.kind === filter.kind) &&
      matchesQuery(event, filter.query),
  );
}

/** Everyone named in the events, alphabetically by family name (the last word). */
export function peopleIn(events: readonly TimelineEvent[]): string[] {
  const familyName = (name: string) => name.split(' ').at(-1) ?? name;
  return [...new Set(events.flatMap((e) => e.people))].sort(
    (a, b) => familyName(a).localeCompare(familyName(b)) || a.localeCompare(b),
  );
}
