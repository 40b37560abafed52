import type { z } from 'zod';
import type { BuildProblem } from './BuildProblem.ts';
import { shown } from './formatProblem.ts';

function valueAt(json: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (node, key) =>
      node !== null && typeof node === 'object'
        ? (node as Record<PropertyKey, unknown>)[key]
        : undefined,
    json,
  );
}

function fieldPath(path: PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/**
 * Turns zod's issues for one data file into build problems that name the record (by its id
 * where it has one) and the field, with what was expected and what the file holds there.
 * `record` names the record when the JSON is a single record; as a function, it names the record
 * from the first key of each issue's path (an article id in an object keyed by id).
 */
export function zodProblems(
  error: z.ZodError,
  file: string,
  json: unknown,
  record: string | ((key: PropertyKey) => string),
): BuildProblem[] {
  return error.issues.map((issue) => {
    // Either the whole JSON is one record, or the first key of the path names the record.
    const [head, ...rest]: (PropertyKey | undefined)[] =
      typeof record === 'string' ? [undefined, ...issue.path] : issue.path;
    const named =
      typeof record === 'string' ? record : head === undefined ? undefined : record(head);
    const found = valueAt(json, issue.path);
    return {
      code: 'invalid-record',
      file,
      record: named,
      field: rest.length > 0 ? fieldPath(rest as PropertyKey[]) : undefined,
      expected: issue.message,
      found:
        found === undefined
          ? 'nothing'
          : shown(typeof found === 'object' ? JSON.stringify(found) : found),
    };
  });
}
