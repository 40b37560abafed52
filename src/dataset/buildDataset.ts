import { chronological } from '../model/chronological.ts';
import type { Dataset } from '../model/dataset.ts';
import type { TimelineEvent } from '../model/event.ts';
import type { EventRecord } from '../model/eventRecord.ts';
import type { Story } from '../model/story.ts';
import { anchorEvidence } from './anchorEvidence.ts';
import { BuildFailure, type BuildNotice, type BuildProblem } from './BuildProblem.ts';
import { checkBuiltDataset } from './checkBuiltDataset.ts';
import { dateEvents } from './dateEvents.ts';
import { readEventRecords } from './readEventRecords.ts';
import type { Inputs } from './readInputs.ts';
import { readSources } from './readSources.ts';
import { readStory } from './readStory.ts';

export type BuildResult = { dataset: Dataset; notices: BuildNotice[] };

/**
 * The whole build, without touching the disk: checks every record, anchors every quote,
 * resolves every date, and returns the dataset with what the editor should know. Throws a
 * BuildFailure listing every problem found when any input is wrong.
 */
export function buildDataset(inputs: Inputs): BuildResult {
  const problems: BuildProblem[] = [];
  const notices: BuildNotice[] = [];
  const story = readStory(inputs.story, problems);
  const sources = readSources(inputs, problems);
  const { records, writtenIds } = readEventRecords(inputs.events, problems);
  if (story) checkKinds(records, story, inputs.events.file, problems);
  const sourceMap = sources && new Map(sources.map((s) => [s.id, s]));
  const changedSeeds = new Set(inputs.seeds.filter((seed) => seed.changed).map((seed) => seed.id));
  const anchored = anchorEvidence(
    records,
    sourceMap,
    changedSeeds,
    inputs.events.file,
    problems,
    notices,
    unjoinedArticles(inputs, sourceMap),
  );
  const dates = sourceMap
    ? dateEvents(anchored, sourceMap, inputs.events.file, problems, notices, writtenIds)
    : new Map();
  if (problems.length > 0 || !story || !sources) throw new BuildFailure(problems);

  const events: TimelineEvent[] = anchored.map(({ record, evidence }) => {
    const { date, readings, disagreements } = dates.get(record.id)!;
    return {
      id: record.id,
      title: record.title,
      summary: record.summary,
      kind: record.kind,
      status: record.status,
      ...(record.draft ? { draft: true as const } : {}),
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

  const dataset = checkBuiltDataset(
    { version: 1, story, sources, events: chronological(events) },
    'public/timeline.json',
  );
  return { dataset, notices };
}

/**
 * Article ids named by a seed file or a record in data/sources.json that did not become a source:
 * readSources has already reported each (a record without its text, or a text without its record).
 */
function unjoinedArticles(inputs: Inputs, sources: Map<string, unknown> | null): Set<string> {
  const records = inputs.sources.json;
  const named = [
    ...inputs.seeds.map((seed) => seed.id),
    ...(records !== null && typeof records === 'object' ? Object.keys(records) : []),
  ];
  return new Set(named.filter((id) => !sources?.has(id)));
}

/** Every event's kind must be one the story lists (or a default kind, when it lists none). */
function checkKinds(
  records: readonly EventRecord[],
  story: Story,
  file: string,
  problems: BuildProblem[],
): void {
  const known = story.kinds.map((k) => k.id);
  for (const record of records) {
    if (!known.includes(record.kind)) {
      problems.push({
        code: 'unknown-kind',
        file,
        record: `event "${record.id}"`,
        field: 'kind',
        found: record.kind,
        known,
      });
    }
  }
}
