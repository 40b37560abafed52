import type { DateDisagreement, EventDate } from '../model/event.ts';
import type { Source } from '../model/source.ts';
import type { AnchoredEvent } from './anchorEvidence.ts';
import type { BuildNotice, BuildProblem } from './BuildProblem.ts';
import {
  DateReadingError,
  editorialEventDate,
  resolveEventDate,
  type DateAnchor,
} from './resolveEventDate.ts';

/** An event's date, what each dated quote says, and where quotes disagree. */
export type DatedEvent = {
  date: EventDate;
  readings: Map<number, EventDate>;
  disagreements: DateDisagreement[];
};

/** Where `expression` stands in `quote` as whole words: "May" is not found in "Mayor". */
function wholeWordOccurrences(quote: string, expression: string): number[] {
  const starts: number[] = [];
  const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (let at = quote.indexOf(expression); at !== -1; at = quote.indexOf(expression, at + 1)) {
    const before = quote[at - 1];
    const after = quote[at + expression.length];
    const edgeOk = (inner: string | undefined, outer: string | undefined) =>
      !(isWord(inner) && isWord(outer));
    if (edgeOk(expression[0], before) && edgeOk(expression.at(-1), after)) starts.push(at);
  }
  return starts;
}

function overlaps(a: { start: string; end: string }, b: { start: string; end: string }): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/**
 * Dates every event. Events whose words are read against another event are dated after it
 * (depth first, refusing cycles). The first quote with `when` gives the date; every other is
 * resolved too, and where its range does not overlap, the disagreement is recorded.
 */
export function dateEvents(
  anchored: AnchoredEvent[],
  sources: Map<string, Source>,
  file: string,
  problems: BuildProblem[],
  notices: BuildNotice[],
  /** Ids of every record in the file, valid or not, so a broken anchor is not reported twice. */
  writtenIds: Set<string>,
): Map<string, DatedEvent> {
  const byId = new Map(anchored.map((a) => [a.record.id, a]));
  const dated = new Map<string, DatedEvent | null>();
  const visiting: string[] = [];

  const dateOf = (id: string): EventDate | null => {
    if (dated.has(id)) return dated.get(id)?.date ?? null;
    const { record, evidence } = byId.get(id)!;
    const at = { file, record: `event "${id}"` };
    if (visiting.includes(id)) {
      problems.push({
        ...at,
        code: 'anchor-cycle',
        field: 'evidence[].when.anchor',
        cycle: [...visiting.slice(visiting.indexOf(id)), id],
      });
      return null;
    }
    visiting.push(id);
    const readings: { j: number; source: Source; date: EventDate }[] = [];
    record.evidence.forEach((item, j) => {
      const anchoredQuote = evidence[j];
      const source = sources.get(item.source);
      // A quote that did not anchor, or names an unknown article, is already reported.
      if (!item.when || !anchoredQuote || !source) return;
      const field = `evidence[${j}].when`;
      // Read within the anchored text, which a re-anchored quote may have changed.
      const found = wholeWordOccurrences(anchoredQuote.quote, item.when.expression);
      if (found.length !== 1) {
        problems.push({
          ...at,
          code: 'expression-not-in-quote',
          field: `${field}.expression`,
          expression: item.when.expression,
          quote: anchoredQuote.quote,
          times: found.length,
        });
        return;
      }
      let anchor: DateAnchor = { kind: 'published', date: source.published };
      if (item.when.anchor !== undefined) {
        const target = byId.get(item.when.anchor);
        if (!target) {
          if (!writtenIds.has(item.when.anchor)) {
            problems.push({
              ...at,
              code: 'unknown-event',
              field: `${field}.anchor`,
              found: item.when.anchor,
            });
          }
          return;
        }
        const anchorDate = dateOf(item.when.anchor);
        if (!anchorDate) return;
        anchor = {
          kind: 'event',
          event: target.record.id,
          title: target.record.title,
          date: anchorDate,
        };
      }
      try {
        readings.push({
          j,
          source,
          date: resolveEventDate(item.when, source, anchoredQuote.start + found[0]!, anchor),
        });
      } catch (error) {
        if (!(error instanceof DateReadingError)) throw error;
        problems.push({ ...at, field: `${field}.expression`, ...error.detail });
      }
    });
    visiting.pop();

    const hasWhen = record.evidence.some((e) => e.when);
    let result: DatedEvent | null = null;
    if (hasWhen && record.editorialDate) {
      problems.push({ ...at, code: 'date-twice', field: 'editorialDate' });
    } else if (!hasWhen && !record.editorialDate) {
      problems.push({ ...at, code: 'date-missing', field: 'evidence[].when' });
    } else if (record.editorialDate) {
      try {
        result = {
          date: editorialEventDate(record.editorialDate),
          readings: new Map(),
          disagreements: [],
        };
      } catch (error) {
        if (!(error instanceof DateReadingError)) throw error;
        problems.push({ ...at, field: 'editorialDate.value', ...error.detail });
      }
    } else if (readings.length > 0) {
      const [first, ...rest] = readings as [(typeof readings)[number], ...typeof readings];
      const disagreements = rest
        .filter((r) => !overlaps(r.date, first.date))
        .map((r) => {
          const derivation = r.date.derivation;
          const disagreement = {
            source: r.source.id,
            expression: derivation.kind === 'text' ? derivation.expression : '',
            value: r.date.value,
            start: r.date.start,
            end: r.date.end,
            explanation: derivation.kind === 'text' ? derivation.explanation : derivation.reason,
          };
          notices.push({
            ...at,
            field: `evidence[${r.j}].when`,
            code: 'date-disagreement',
            source: r.source.id,
            label: r.date.label,
            explanation: disagreement.explanation,
            eventLabel: first.date.label,
          });
          return disagreement;
        });
      result = {
        date: first.date,
        readings: new Map(readings.map((r) => [r.j, r.date])),
        disagreements,
      };
    }
    dated.set(id, result);
    return result?.date ?? null;
  };

  for (const { record } of anchored) dateOf(record.id);
  const out = new Map<string, DatedEvent>();
  for (const [id, value] of dated) if (value) out.set(id, value);
  return out;
}
