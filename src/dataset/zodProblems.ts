import type { z } from 'zod/mini';
import type { BuildProblem, SchemaIssue } from './BuildProblem.ts';

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

/** zod's issue, kept as data; its own English is replaced by ours in formatProblem. */
function schemaIssue(issue: z.core.$ZodIssue): SchemaIssue {
  switch (issue.code) {
    case 'invalid_type':
      return { kind: 'type', expected: issue.expected };
    case 'invalid_value':
      return { kind: 'value', values: issue.values.map((v) => JSON.stringify(v)) };
    case 'too_small':
      return {
        kind: 'size',
        minimum: Number(issue.minimum),
        of: issue.origin === 'string' ? 'characters' : 'items',
      };
    case 'unrecognized_keys':
      return { kind: 'keys', keys: issue.keys };
    default:
      // Refinements carry the rule in our own words, written beside the schema.
      return { kind: 'rule', rule: issue.message };
  }
}

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
  return error.issues.map((issue) => {
    const path = issue.path as PropertyKey[];
    const [head, ...rest] = typeof record === 'string' ? [undefined, ...path] : path;
    const named =
      typeof record === 'string' ? record : head === undefined ? undefined : record(head);
    return {
      code: 'invalid-record',
      file,
      record: named,
      field: rest.length > 0 ? fieldPath(rest as PropertyKey[]) : undefined,
      issue: schemaIssue(issue),
      found: valueAt(json, path),
    };
  });
}
