import { endOfMonth, format } from 'date-fns';
import type { GoldLine } from './GoldTimelines.ts';

/** An event as scored: where its quotes are and which days its date covers. */
export type ScoredEvent = {
  start: string;
  end: string;
  evidence: readonly { source: string; start: number; end: number }[];
};

/** A gold happening: distinct mentions, its days, and whether its date has a year at all. */
export type GoldHappening = {
  mentions: { doc: string; start: number; end: number }[];
  range: { start: string; end: string } | undefined;
  /** The gold date as written, and the timelines that hold it. */
  date: string;
  entities: string[];
};

export type TimelineScore = {
  /** Distinct gold happenings with a year. */
  dated: number;
  /** Of those, how many some event quotes on an overlapping date. */
  found: number;
  /** Dated happenings told in two or more articles. */
  multiArticle: number;
  /** Of those, how many one event quotes in every one of their articles. */
  linked: number;
  /** Events quoting a found happening on an overlapping date, summed over found happenings. */
  eventsOnFound: number;
  /** Found happenings told in two or more articles. */
  multiFound: number;
  /** Events quoting those on an overlapping date, summed: how many drafts split each. */
  eventsOnMulti: number;
};

/** The days a gold date covers: `2010-06-07`, `2010-06` or `2010-06-XX`, `2010` or `2010-XX-XX`. */
export function goldRange(date: string): { start: string; end: string } | undefined {
  const [y, m, d] = date.split('-');
  if (y === undefined || !/^\d{4}$/.test(y)) return undefined;
  if (m === undefined || !/^\d{2}$/.test(m)) return { start: `${y}-01-01`, end: `${y}-12-31` };
  if (d === undefined || !/^\d{2}$/.test(d)) {
    const last = format(endOfMonth(new Date(Number(y), Number(m) - 1, 1)), 'yyyy-MM-dd');
    return { start: `${y}-${m}-01`, end: last };
  }
  return { start: date, end: date };
}

/**
 * The distinct happenings of some gold lines: a line repeated in several entities' timelines
 * (the same mentions on the same date) counts once.
 */
export function goldHappenings(lines: readonly GoldLine[]): GoldHappening[] {
  const byKey = new Map<string, GoldHappening>();
  for (const line of lines) {
    const mentions = [
      ...new Map(line.mentions.map((m) => [`${m.doc}:${m.start}`, m] as const)).values(),
    ];
    if (mentions.length === 0) continue;
    const key = `${line.date} ${mentions
      .map((m) => `${m.doc}:${m.start}`)
      .sort()
      .join(' ')}`;
    const entities = [...(byKey.get(key)?.entities ?? []), line.entity];
    byKey.set(key, { mentions, range: goldRange(line.date), date: line.date, entities });
  }
  return [...byKey.values()];
}

const overlaps = (a: { start: string; end: string }, b: { start: string; end: string }) =>
  a.start <= b.end && b.start <= a.end;

/**
 * Scores events against gold happenings. A happening is found when some event quotes one of its
 * mentions' sentences (any overlap) and the event's days overlap the gold date; it is linked
 * when one event quotes it in every article that tells it.
 */
export function scoreTimeline(
  events: readonly ScoredEvent[],
  lines: readonly GoldLine[],
): TimelineScore {
  return scoreHappenings(events, goldHappenings(lines));
}

/** Scores events against gold happenings however they were read (see `scoreTimeline`). */
export function scoreHappenings(
  events: readonly ScoredEvent[],
  happenings: readonly GoldHappening[],
): TimelineScore {
  const score: TimelineScore = {
    dated: 0,
    found: 0,
    multiArticle: 0,
    linked: 0,
    eventsOnFound: 0,
    multiFound: 0,
    eventsOnMulti: 0,
  };
  const quotes = (e: ScoredEvent, m: GoldHappening['mentions'][number]) =>
    e.evidence.some((q) => q.source === m.doc && q.start < m.end && m.start < q.end);
  for (const happening of happenings) {
    const range = happening.range;
    if (range === undefined) continue;
    score.dated++;
    const onDate = events.filter(
      (e) => overlaps(e, range) && happening.mentions.some((m) => quotes(e, m)),
    );
    if (onDate.length > 0) {
      score.found++;
      score.eventsOnFound += onDate.length;
    }
    const docs = [...new Set(happening.mentions.map((m) => m.doc))];
    if (docs.length < 2) continue;
    score.multiArticle++;
    if (onDate.length > 0) {
      score.multiFound++;
      score.eventsOnMulti += onDate.length;
    }
    const tellsIn = (e: ScoredEvent, doc: string) =>
      happening.mentions.some((m) => m.doc === doc && quotes(e, m));
    if (events.some((e) => docs.every((doc) => tellsIn(e, doc)))) score.linked++;
  }
  return score;
}
