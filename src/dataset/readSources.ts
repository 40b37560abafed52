import { labelDate } from '../dates/labelDate.ts';
import { timexRange } from '../dates/timexRange.ts';
import { SourceRecords, type Source } from '../model/source.ts';
import type { BuildProblem } from './BuildProblem.ts';
import type { Inputs } from './readInputs.ts';
import { zodProblems } from './zodProblems.ts';

/**
 * The article records of data/sources.json joined with their seed texts. Every seed needs a
 * record and every record a seed. Returns null when the file itself is unusable, so later steps
 * do not pile up problems that only repeat this one.
 */
export function readSources(inputs: Inputs, problems: BuildProblem[]): Source[] | null {
  const { file, json } = inputs.sources;
  const parsed = SourceRecords.safeParse(json);
  if (!parsed.success) {
    problems.push(...zodProblems(parsed.error, file, json, (key) => `article "${String(key)}"`));
    return null;
  }
  const seeds = new Map(inputs.seeds.map((seed) => [seed.id, seed]));
  for (const seed of inputs.seeds) {
    if (!(seed.id in parsed.data)) {
      problems.push({
        code: 'missing-record',
        file,
        record: `article "${seed.id}"`,
        id: seed.id,
        seedFile: seed.file,
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
        path: `seeds/${id}.txt`,
        wanted: 'seed',
      });
      return [];
    }
    return [
      {
        id,
        file: seed.file,
        published: record.published.date,
        publishedLabel: labelDate({
          value: record.published.date,
          ...timexRange(record.published.date),
        }),
        publishedReasoning: record.published.reasoning,
        outlet: record.outlet,
        byline: record.byline,
        credits: record.credits,
        locale: record.locale,
        ...(record.url === undefined ? {} : { url: record.url }),
        text: seed.text,
      },
    ];
  });
}
