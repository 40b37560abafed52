import { existsSync, readFileSync } from 'node:fs';
import { zodProblems } from '../dataset/zodProblems.ts';
import { Dataset } from '../model/dataset.ts';
import { ExportFailure } from './ExportProblem.ts';

/**
 * The dataset `npm run data` wrote, checked with the same schema the page uses. A missing file,
 * bad JSON or a dataset that does not match throws an ExportFailure naming the file.
 */
export function readBuiltDataset(file: string, story: string | null = null): Dataset {
  if (!existsSync(file)) throw new ExportFailure({ code: 'no-dataset', file, story });
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ExportFailure({ code: 'not-json', file, detail });
  }
  const parsed = Dataset.safeParse(json);
  if (!parsed.success) {
    // The whole file is one record, so each problem is placed by its field path alone.
    const problems = zodProblems(parsed.error, file, json, '');
    throw new ExportFailure({ code: 'invalid-dataset', file, story, problems });
  }
  return parsed.data;
}
