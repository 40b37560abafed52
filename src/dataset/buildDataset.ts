import { chronological } from '../model/chronological.ts';
import { Dataset, Story } from '../model/dataset.ts';
import type { TimelineEvent } from '../model/event.ts';
import { anchorEvidence } from './anchorEvidence.ts';
import { BuildFailure, type BuildNotice, type BuildProblem } from './BuildProblem.ts';
import { dateEvents } from './dateEvents.ts';
import { readEventRecords } from './readEventRecords.ts';
import type { Inputs } from './readInputs.ts';
import { readSources } from './readSources.ts';
import { zodProblems } from './zodProblems.ts';

export type BuildResult = { dataset: Dataset; notices: BuildNotice[] };

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
  const { records, writtenIds } = readEventRecords(inputs.events, problems);
  const sourceMap = sources && new Map(sources.map((s) => [s.id, s]));
  const changedSeeds = new Set(inputs.seeds.filter((seed) => seed.changed).map((seed) => seed.id));
  const anchored = anchorEvidence(
    records,
    sourceMap,
    changedSeeds,
    inputs.events.file,
    problems,
    notices,
  );
  const dates = sourceMap
    ? dateEvents(anchored, sourceMap, inputs.events.file, problems, notices, writtenIds)
    : new Map();
  if (problems.length > 0 || !story.success || !sources) throw new BuildFailure(problems);

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

  const checked = Dataset.safeParse({
    version: 1,
    story: story.data,
    sources,
    events: chronological(events),
  });
  if (!checked.success) {
    throw new BuildFailure(
      checked.error.issues.map((issue) => ({
        code: 'invalid-dataset',
        file: 'public/timeline.json',
        path: issue.path.join('.'),
        message: issue.message,
      })),
    );
  }
  return { dataset: checked.data, notices };
}
