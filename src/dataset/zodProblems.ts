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
 * The first key of each issue's path names the record (an index into an array of events, or an
 * article id); `describeRecord` turns it into words.
 */
export function zodProblems(
  error: z.ZodError,
  file: string,
  json: unknown,
  describeRecord: (key: PropertyKey, record: unknown) => string,
): BuildProblem[] {
  return error.issues.map((issue) => {
    const [head, ...rest] = issue.path;
    const record = head === undefined ? undefined : describeRecord(head, valueAt(json, [head]));
    const found = valueAt(json, issue.path);
    return {
      code: 'invalid-record',
      file,
      record,
      field: rest.length > 0 ? fieldPath(rest) : undefined,
      expected: issue.message,
      found:
        found === undefined
          ? 'nothing'
          : shown(typeof found === 'object' ? JSON.stringify(found) : found),
    };
  });
}
