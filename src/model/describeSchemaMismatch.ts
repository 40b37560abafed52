import type { SchemaIssue } from './schemaMismatch.ts';

/** Quotes a found value so that empty strings and stray spaces show. */
export function shownValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value);
  const json = JSON.stringify(value);
  return json.length > 120 ? `${json.slice(0, 117)}…` : json;
}

/**
 * What the schema wanted of a field, in the words both the build's messages and the page's use.
 *
 * @example
 * expectedBySchema({ kind: 'size', minimum: 1, of: 'characters' }) //=> 'at least 1 character'
 */
export function expectedBySchema(issue: SchemaIssue): string {
  switch (issue.kind) {
    case 'type':
      return issue.expected === 'object' ? 'an object { … }' : `a value of type ${issue.expected}`;
    case 'value':
      return `one of ${issue.values.join(', ')}`;
    case 'size':
      return `at least ${issue.minimum} ${issue.minimum === 1 ? issue.of.slice(0, -1) : issue.of}`;
    case 'keys':
      return `no field named ${issue.keys.map((k) => JSON.stringify(k)).join(', ')} (check the spelling)`;
    case 'rule':
      return issue.rule;
  }
}
