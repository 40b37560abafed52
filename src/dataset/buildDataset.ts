import { AnchorError, anchorQuote } from '../anchor/anchorQuote.ts';
import { Dataset, Story } from '../model/dataset.ts';
import type { DateDisagreement, EventDate, Evidence, TimelineEvent } from '../model/event.ts';
import { EventRecord } from '../model/eventRecord.ts';
import { SourceRecords, type Source } from '../model/source.ts';
import { BuildFailure, type BuildNotice, type BuildProblem } from './BuildProblem.ts';
import { shown } from './formatProblem.ts';
import type { Inputs } from './readInputs.ts';
import {
  DateReadingError,
  editorialEventDate,
  resolveEventDate,
  type DateAnchor,
} from './resolveEventDate.ts';
import { zodProblems } from './zodProblems.ts';

export type BuildResult = { dataset: Dataset; notices: BuildNotice[] };

/** An event record with each quote's anchored evidence, null where the quote failed. */
type Anchored = { record: EventRecord; evidence: (Evidence | null)[] };

/** An event's date, what each dated quote says, and where quotes disagree. */
type DatedEvent = {
  date: EventDate;
  readings: Map<number, EventDate>;
  disagreements: DateDisagreement[];
};

function eventLabel(json: unknown, index: PropertyKey): string {
  const id = json !== null && typeof json === 'object' ? (json as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? `event "${id}"` : `item ${String(index)}`;
}

function readSources(inputs: Inputs, problems: BuildProblem[]): Source[] {
  const { file, json } = inputs.sources;
  const parsed = SourceRecords.safeParse(json);
  if (!parsed.success) {
    problems.push(...zodProblems(parsed.error, file, json, (key) => `article "${String(key)}"`));
    return [];
  }
  const seeds = new Map(inputs.seeds.map((seed) => [seed.id, seed]));
  for (const seed of inputs.seeds) {
    if (!(seed.id in parsed.data)) {
      problems.push({
        code: 'missing-record',
        file,
        record: `article "${seed.id}"`,
        expected: `a record for ${seed.file}`,
        found: 'none',
        hint: `Add "${seed.id}": { "outlet", "byline", "locale", "published": { "date", "reasoning" } }.`,
      });
    }
  }
  return Object.entries(parsed.data).flatMap(([id, record]) => {
    const seed = seeds.get(id);
    if (!seed) {
      problems.push({
        code: 'missing-file',
        file,
        record: `article "${id}"`,
        expected: `the article text at seeds/${id}.txt`,
        found: 'no such file',
      });
      return [];
    }
    return [
      {
        id,
        file: seed.file,
        published: record.published.date,
        publishedReasoning: record.published.reasoning,
        outlet: record.outlet,
        byline: record.byline,
        credits: record.credits,
        locale: record.locale,
        text: seed.text,
      },
    ];
  });
}

function readEventRecords(inputs: Inputs, problems: BuildProblem[]): EventRecord[] {
  const { file, json } = inputs.events;
  if (!Array.isArray(json)) {
    problems.push({
      code: 'invalid-record',
      file,
      expected: 'a JSON array of events',
      found: shown(typeof json),
    });
    return [];
  }
  const records: EventRecord[] = [];
  json.forEach((item, i) => {
    const parsed = EventRecord.safeParse(item);
    if (parsed.success) records.push(parsed.data);
    else problems.push(...zodProblems(parsed.error, file, item, eventLabel(item, i)));
  });
  const seen = new Set<string>();
  for (const record of records) {
    if (seen.has(record.id)) {
      problems.push({
        code: 'duplicate-id',
        file,
        record: `event "${record.id}"`,
        field: 'id',
        expected: 'an id no other event has',
        found: shown(record.id),
      });
    }
    seen.add(record.id);
  }
  return records;
}

const anchorCodes = {
  'not-found': 'quote-not-found',
  ambiguous: 'quote-ambiguous',
  'context-mismatch': 'quote-context-mismatch',
} as const;

function anchorEvidence(
  records: EventRecord[],
  sources: Map<string, Source>,
  changedSeeds: Set<string>,
  file: string,
  problems: BuildProblem[],
  notices: BuildNotice[],
): Anchored[] {
  return records.map((record) => {
    const evidence = record.evidence.map((item, j): Evidence | null => {
      const at = { file, record: `event "${record.id}"` };
      const source = sources.get(item.source);
      if (!source) {
        problems.push({
          ...at,
          code: 'unknown-source',
          field: `evidence[${j}].source`,
          expected: `one of ${[...sources.keys()].join(', ')}`,
          found: shown(item.source),
        });
        return null;
      }
      try {
        const anchor = anchorQuote(source.text, item, { reanchor: changedSeeds.has(source.id) });
        if (anchor.reanchored) {
          notices.push({
            ...at,
            code: 'reanchored',
            field: `evidence[${j}].quote`,
            detail: `${source.file} changed since data/seeds.sha256 was recorded; re-anchored ${anchor.reanchored.errors} edit(s) away to ${shown(anchor.quote)}`,
          });
        }
        return {
          source: source.id,
          quote: anchor.quote,
          start: anchor.start,
          end: anchor.end,
          prefix: anchor.prefix,
          suffix: anchor.suffix,
          selector: [
            {
              type: 'TextQuoteSelector',
              exact: anchor.quote,
              prefix: anchor.prefix,
              suffix: anchor.suffix,
            },
            { type: 'TextPositionSelector', start: anchor.start, end: anchor.end },
          ],
          ...(anchor.reanchored ? { reanchored: anchor.reanchored } : {}),
        };
      } catch (error) {
        if (!(error instanceof AnchorError)) throw error;
        const failure = error.failure;
        const field = `evidence[${j}].quote`;
        if (failure.code === 'not-found') {
          problems.push({
            ...at,
            code: anchorCodes[failure.code],
            field,
            expected: `words copied exactly from ${source.file}`,
            found: shown(failure.quote),
            hint: failure.nearest
              ? `Nearest passage: ${shown(failure.nearest)}`
              : 'No passage of the article is close to it.',
          });
        } else {
          problems.push({
            ...at,
            code: anchorCodes[failure.code],
            field,
            expected:
              failure.code === 'ambiguous'
                ? 'a quote that occurs once, or a prefix or suffix that picks one occurrence'
                : 'a prefix and suffix that stand beside the quote in the article',
            found: `${failure.occurrences.length} occurrences: ${failure.occurrences.map((o) => o.context).join('  ')}`,
            hint: 'Add "prefix" (text just before) or "suffix" (text just after) to pick one.',
          });
        }
        return null;
      }
    });
    return { record, evidence };
  });
}

function overlaps(a: { start: string; end: string }, b: { start: string; end: string }): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/**
 * Dates every event: events whose words are read against another event are dated after it
 * (depth first, refusing cycles). The first quote with `when` gives the date; every other is
 * resolved too, and where its range does not overlap, the disagreement is recorded.
 */
function dateEvents(
  anchored: Anchored[],
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
    const { record } = byId.get(id)!;
    const at = { file, record: `event "${id}"` };
    if (visiting.includes(id)) {
      problems.push({
        ...at,
        code: 'anchor-cycle',
        field: 'evidence[].when.anchor',
        expected: 'anchors that lead back to a publication date',
        found: [...visiting.slice(visiting.indexOf(id)), id].join(' → '),
      });
      return null;
    }
    visiting.push(id);
    const readings: { j: number; source: Source; date: EventDate }[] = [];
    record.evidence.forEach((item, j) => {
      if (!item.when) return;
      const field = `evidence[${j}].when`;
      const source = sources.get(item.source);
      if (!source) return; // already reported while anchoring
      const evidence = byId.get(id)!.evidence[j];
      if (!evidence) return; // the quote did not anchor; already reported
      // Read within the anchored text, which a re-anchored quote may have changed.
      const within = evidence.quote.indexOf(item.when.expression);
      if (within === -1 || evidence.quote.indexOf(item.when.expression, within + 1) !== -1) {
        problems.push({
          ...at,
          code: 'expression-not-in-quote',
          field: `${field}.expression`,
          expected: 'words that occur exactly once inside the quote',
          found: `${shown(item.when.expression)} ${within === -1 ? 'is not in' : 'occurs more than once in'} ${shown(evidence.quote)}`,
        });
        return;
      }
      let anchor: DateAnchor = { kind: 'published', date: source.published };
      if (item.when.anchor !== undefined) {
        const target = byId.get(item.when.anchor);
        if (!target && writtenIds.has(item.when.anchor)) return; // that record's own problem says why
        if (!target) {
          problems.push({
            ...at,
            code: 'unknown-event',
            field: `${field}.anchor`,
            expected: 'the id of another event in this file',
            found: shown(item.when.anchor),
          });
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
          date: resolveEventDate(item.when, source, evidence.start + within, anchor),
        });
      } catch (error) {
        if (!(error instanceof DateReadingError)) throw error;
        problems.push({
          ...at,
          code: 'expression-unresolved',
          field: `${field}.expression`,
          expected: error.expected,
          found: error.found,
        });
      }
    });
    visiting.pop();

    const hasWhen = record.evidence.some((e) => e.when);
    if (hasWhen && record.editorialDate) {
      problems.push({
        ...at,
        code: 'date-conflicting-sources',
        field: 'editorialDate',
        expected: 'either quotes with "when" or an "editorialDate", not both',
        found: 'both',
      });
    }
    let result: DatedEvent | null = null;
    if (!hasWhen && !record.editorialDate) {
      problems.push({
        ...at,
        code: 'date-missing',
        field: 'evidence[].when',
        expected: 'a "when" on a quote that dates the event, or an "editorialDate" with a reason',
        found: 'neither',
      });
    } else if (!hasWhen && record.editorialDate) {
      result = {
        date: editorialEventDate(record.editorialDate),
        readings: new Map(),
        disagreements: [],
      };
    } else if (readings.length > 0) {
      const [first, ...rest] = readings;
      const disagreements = rest
        .filter((r) => !overlaps(r.date, first!.date))
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
            code: 'date-disagreement',
            field: `evidence[${r.j}].when`,
            detail: `${r.source.id} puts it at ${r.date.label} (${disagreement.explanation}); the event is dated ${first!.date.label}`,
          });
          return disagreement;
        });
      result = {
        date: first!.date,
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

/**
 * The whole build, without touching the disk: checks every record, anchors every quote,
 * resolves every date, and returns the dataset with what the editor should know. Throws a
 * BuildFailure listing every problem found when any input is wrong.
 */
export function buildDataset(inputs: Inputs): BuildResult {
  const problems: BuildProblem[] = [];
  const notices: BuildNotice[] = [];
  const story = Story.safeParse(inputs.story.json);
  if (!story.success)
    problems.push(...zodProblems(story.error, inputs.story.file, inputs.story.json, 'story'));
  const sources = readSources(inputs, problems);
  const records = readEventRecords(inputs, problems);
  const sourceMap = new Map(sources.map((s) => [s.id, s]));
  const changedSeeds = new Set(inputs.seeds.filter((seed) => seed.changed).map((seed) => seed.id));
  const anchored = anchorEvidence(
    records,
    sourceMap,
    changedSeeds,
    inputs.events.file,
    problems,
    notices,
  );
  const writtenIds = new Set(
    (Array.isArray(inputs.events.json) ? inputs.events.json : []).flatMap((item: unknown) => {
      const id =
        item !== null && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
      return typeof id === 'string' ? [id] : [];
    }),
  );
  const dates = dateEvents(anchored, sourceMap, inputs.events.file, problems, notices, writtenIds);
  if (problems.length > 0 || !story.success) throw new BuildFailure(problems);

  const events: TimelineEvent[] = anchored.map(({ record, evidence }) => {
    const { date, readings, disagreements } = dates.get(record.id)!;
    return {
      id: record.id,
      title: record.title,
      summary: record.summary,
      kind: record.kind,
      status: record.status,
      people: record.people,
      places: record.places,
      date,
      disagreements,
      evidence: evidence.flatMap((e, j) => {
        const reading = readings.get(j);
        return e === null ? [] : [reading ? { ...e, date: reading } : e];
      }),
    };
  });
  events.sort(
    (a, b) =>
      a.date.start.localeCompare(b.date.start) ||
      a.date.end.localeCompare(b.date.end) ||
      a.id.localeCompare(b.id),
  );

  const checked = Dataset.safeParse({ version: 1, story: story.data, sources, events });
  if (!checked.success) {
    throw new BuildFailure(
      checked.error.issues.map((issue) => ({
        code: 'invalid-dataset',
        file: 'public/timeline.json',
        field: issue.path.join('.'),
        expected: issue.message,
        found: 'a value the schema refuses',
      })),
    );
  }
  return { dataset: checked.data, notices };
}
