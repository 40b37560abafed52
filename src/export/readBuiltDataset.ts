import { existsSync } from 'node:fs';
import { readJsonFile } from '../dataset/readJsonFile.ts';
import { zodProblems } from '../dataset/zodProblems.ts';
import { Dataset } from '../model/dataset.ts';
import { ExportFailure } from './ExportProblem.ts';

/**
 * The dataset `npm run data` wrote, checked with the same schema the page uses. A missing file,
 * text that is not UTF-8 or not JSON, or a dataset that does not match throws an ExportFailure
 * naming the file.
 */
export function readBuiltDataset(file: string, story: string | null = null): Dataset {
  if (!existsSync(file)) throw new ExportFailure({ code: 'no-dataset', file, story });
  // Read as the data build reads its data files, so broken JSON gets its line and column.
  const read = readJsonFile('.', file);
  if ('problem' in read) {
    throw new ExportFailure({ code: 'unreadable-dataset', file, story, problem: read.problem });
  }
  const { json } = read;
  const parsed = Dataset.safeParse(json);
  if (!parsed.success) {
    // The whole file is one record, so each problem is placed by its field path alone.
    const problems = zodProblems(parsed.error, file, json, '');
    throw new ExportFailure({ code: 'invalid-dataset', file, story, problems });
  }
  return parsed.data;
}
