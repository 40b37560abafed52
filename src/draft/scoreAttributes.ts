import type { EventStatus } from '../model/temporal.ts';
import type { NamedEvent } from './listMisses.ts';
import type { GoldHappening } from './scoreTimeline.ts';

/** What an editor sees in an event besides its date and passages. */
export type Attributes = {
  kind: string;
  status: EventStatus;
  people: readonly string[];
  places: readonly string[];
};

/** A drafted event as the attributes are scored: its id, days, quotes and attributes. */
export type AttributedEvent = NamedEvent & Attributes;

/** An editor's event as a gold happening, with the attributes the editor gave it. */
export type AttributedGold = GoldHappening & Attributes & { id: string };

/** Where the draft that found an editor's event says something else than the editor. */
export type AttributeDisagreement = {
  gold: string;
  draft: string;
  field: 'kind' | 'status' | 'names';
  expected: string;
  found: string;
  /** The draft's first quote, to read the words the draft's attribute came from. */
  quote: { source: string; start: number; end: number };
};

export type AttributeScore = {
  /** Gold events with a year that some draft quotes on an overlapping date. */
  found: number;
  /** Of those, how many the draft that finds them gives the editor's kind, and status. */
  kindAgrees: number;
  statusAgrees: number;
  /** People and places the editor named on found events, and how many the draft names too. */
  names: number;
  namesFound: number;
  disagreements: AttributeDisagreement[];
};

const words = (name: string) =>
  name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * A draft names the editor's person or place when the words of one name are all in the other:
 * "Putin" names "Vladimir Putin", and "Vladimir Putin" names "Putin".
 */
export function namesAgree(editor: string, draft: string): boolean {
  const a = words(editor);
  const b = words(draft);
  if (a.length === 0 || b.length === 0) return false;
  return a.every((w) => b.includes(w)) || b.every((w) => a.includes(w));
}

const quotes = (e: NamedEvent, m: GoldHappening['mentions'][number]) =>
  e.evidence.some((q) => q.source === m.doc && q.start < m.end && m.start < q.end);

/**
 * Scores what the drafts say of the editor's events they find: for each gold event with a year,
 * the draft on an overlapping date that quotes most of its mentions (the first on a tie) is
 * compared with it, kind for kind, status for status, and name by name for the people and places
 * the editor listed. Events that no draft finds are dated recall's business, not counted here.
 */
export function scoreAttributes(
  events: readonly AttributedEvent[],
  gold: readonly AttributedGold[],
): AttributeScore {
  const score: AttributeScore = {
    found: 0,
    kindAgrees: 0,
    statusAgrees: 0,
    names: 0,
    namesFound: 0,
    disagreements: [],
  };
  for (const g of gold) {
    const range = g.range;
    if (range === undefined) continue;
    let best: { event: AttributedEvent; count: number } | undefined;
    for (const event of events) {
      if (event.start > range.end || range.start > event.end) continue;
      const count = g.mentions.filter((m) => quotes(event, m)).length;
      if (count > 0 && (best === undefined || count > best.count)) best = { event, count };
    }
    if (best === undefined) continue;
    const draft = best.event;
    score.found++;
    const quote = draft.evidence[0]!;
    const disagree = (field: AttributeDisagreement['field'], expected: string, found: string) =>
      score.disagreements.push({ gold: g.id, draft: draft.id, field, expected, found, quote });
    if (draft.kind === g.kind) score.kindAgrees++;
    else disagree('kind', g.kind, draft.kind);
    if (draft.status === g.status) score.statusAgrees++;
    else disagree('status', g.status, draft.status);
    const named = [...draft.people, ...draft.places];
    const missing: string[] = [];
    for (const name of [...g.people, ...g.places]) {
      score.names++;
      if (named.some((n) => namesAgree(name, n))) score.namesFound++;
      else missing.push(name);
    }
    if (missing.length > 0) disagree('names', missing.join(', '), named.join(', ') || 'none');
  }
  return score;
}
