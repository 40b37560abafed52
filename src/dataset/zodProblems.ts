import type { z } from 'zod/mini';
import { fieldPath, schemaMismatches } from '../model/schemaMismatch.ts';
import type { BuildProblem } from './BuildProblem.ts';

/**
 * Turns zod's issues for one data file into build problems that name the record and the field,
 * with what the file holds there.
 *
 * `record` names the record when the JSON is a single record; as a function, it names the record
 * from the first key of each issue's path (an article id in an object keyed by id).
 */
export function zodProblems(
  error: z.core.$ZodError,
  file: string,
  json: unknown,
  record: string | ((key: PropertyKey) => string),
): BuildProblem[] {
  return schemaMismatches(error, json).map(({ path, issue, found }) => {
    const [head, ...rest] = typeof record === 'string' ? [undefined, ...path] : path;
    const named =
      typeof record === 'string' ? record : head === undefined ? undefined : record(head);
    return {
      code: 'invalid-record',
      file,
      record: named,
      field: rest.length > 0 ? fieldPath(rest as PropertyKey[]) : undefined,
      issue,
      found,
    };
  });
}
