import type { LeftOut } from './findPassages.ts';
import type { GoldHappening, ScoredEvent } from './scoreTimeline.ts';

/** An event as the misses name it: its id beside what scoring needs. */
export type NamedEvent = ScoredEvent & { id: string };

/** One mention of a missed gold happening, and what the drafter did with its sentence. */
export type MissedMention = {
  doc: string;
  start: number;
  end: number;
  /** The sentence as the article gives it. */
  text: string;
  /** The events that quote the sentence, on whatever date. */
  quotedBy: { id: string; start: string; end: string }[];
  /** The sentence's date expressions that gave no passage, and why. */
  leftOut: Pick<LeftOut, 'expression' | 'reason'>[];
};

/**
 * A gold happening the drafter missed: `not-found` when no event quotes it on an overlapping
 * date, `not-linked` when it is found but no one event quotes it in every article that tells it.
 */
export type Miss = {
  kind: 'not-found' | 'not-linked';
  date: string;
  entities: string[];
  mentions: MissedMention[];
};

/**
 * The gold happenings with a year that the drafter did not find, then those told in several
 * articles that it found but did not join, each mention with its sentence and its fate.
 */
export function listMisses(
  events: readonly NamedEvent[],
  happenings: readonly GoldHappening[],
  texts: ReadonlyMap<string, string>,
  leftOut: readonly LeftOut[],
): Miss[] {
  const notFound: Miss[] = [];
  const notLinked: Miss[] = [];
  for (const happening of happenings) {
    const range = happening.range;
    if (range === undefined) continue;
    const quoting = (m: { doc: string; start: number; end: number }) =>
      events.filter((e) =>
        e.evidence.some((q) => q.source === m.doc && q.start < m.end && m.start < q.end),
      );
    const onDate = (e: NamedEvent) => e.start <= range.end && range.start <= e.end;
    const found = happening.mentions.some((m) => quoting(m).some(onDate));
    const docs = [...new Set(happening.mentions.map((m) => m.doc))];
    const linked = events.some((e) =>
      docs.every((doc) => happening.mentions.some((m) => m.doc === doc && quoting(m).includes(e))),
    );
    if (found && (docs.length < 2 || linked)) continue;
    const mentions = happening.mentions.map((m) => ({
      ...m,
      text: (texts.get(m.doc) ?? '').slice(m.start, m.end),
      quotedBy: quoting(m).map((e) => ({ id: e.id, start: e.start, end: e.end })),
      leftOut: leftOut
        .filter((l) => l.article === m.doc && m.start <= l.start && l.start < m.end)
        .map(({ expression, reason }) => ({ expression, reason })),
    }));
    const miss = { date: happening.date, entities: happening.entities, mentions };
    if (!found) notFound.push({ kind: 'not-found', ...miss });
    else notLinked.push({ kind: 'not-linked', ...miss });
  }
  return [...notFound, ...notLinked];
}
