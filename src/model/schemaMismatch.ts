import type { z } from 'zod/mini';

/** What a schema said of one field, reduced to what the wording needs. */
export type SchemaIssue =
  | { kind: 'type'; expected: string }
  | { kind: 'value'; values: string[] }
  | { kind: 'size'; minimum: number; of: 'characters' | 'items' }
  | { kind: 'keys'; keys: string[] }
  | { kind: 'rule'; rule: string };

/** One field of some JSON that does not match its schema: where, what was wanted, what is there. */
export type SchemaMismatch = { path: PropertyKey[]; issue: SchemaIssue; found: unknown };

function valueAt(json: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (node, key) =>
      node !== null && typeof node === 'object'
        ? (node as Record<PropertyKey, unknown>)[key]
        : undefined,
    json,
  );
}

/** zod's issue, kept as data; its own English is replaced by ours in describeSchemaMismatch. */
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
 * Every field of `json` that zod refused, with the value `json` holds there. Shared by the build
 * (which names the file and record) and the page (which names the data it loaded).
 */
export function schemaMismatches(error: z.core.$ZodError, json: unknown): SchemaMismatch[] {
  return error.issues.map((issue) => {
    const path = issue.path as PropertyKey[];
    return { path, issue: schemaIssue(issue), found: valueAt(json, path) };
  });
}

/** `events[3].evidence[0].quote`: a path as a reader of the JSON would write it. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}
