import type { BuildNotice, BuildProblem } from './BuildProblem.ts';

const headlines: Record<BuildProblem['code'], string> = {
  'missing-file': 'file not found',
  'invalid-json': 'not valid JSON',
  'invalid-record': 'record does not match the data format',
  'missing-record': 'article has no record',
  'unknown-source': 'unknown article id',
  'unknown-event': 'unknown event id',
  'duplicate-id': 'duplicate id',
  'quote-not-found': 'quote is not in the article',
  'quote-ambiguous': 'quote occurs more than once in the article',
  'quote-context-mismatch': 'quote is in the article, but not with that prefix or suffix',
  'expression-not-in-quote': 'date expression is not in its quote',
  'expression-unresolved': 'date expression could not be resolved',
  'date-missing': 'event has no date',
  'date-conflicting-sources': 'event has two kinds of date',
  'anchor-cycle': 'events anchor their dates on each other in a circle',
  'invalid-dataset': 'the built dataset fails its own schema',
};

/**
 * The one place build problems become words: a headline, then where (file › record › field),
 * then what was expected, what was found, and what to try.
 *
 * @example
 * formatProblem({ code: 'unknown-source', file: 'data/events.json', record: 'geneva-summit',
 *   field: 'evidence[0].source', expected: 'one of 000_…, 001_…', found: '"009"' })
 */
export function formatProblem(problem: BuildProblem): string {
  const where = [problem.file, problem.record, problem.field].filter(Boolean).join(' › ');
  const lines = [`✖ ${headlines[problem.code]}`, `  at ${where}`];
  if (problem.expected !== undefined) lines.push(`  expected: ${problem.expected}`);
  if (problem.found !== undefined) lines.push(`  found:    ${problem.found}`);
  if (problem.hint !== undefined) lines.push(`  ${problem.hint}`);
  return lines.join('\n');
}

export function formatNotice(notice: BuildNotice): string {
  const label = notice.code === 'reanchored' ? 're-anchored' : 'dates disagree';
  return `! ${label}: ${notice.file} › ${notice.record} › ${notice.field}\n  ${notice.detail}`;
}

/** Quotes a found value so that empty strings and stray spaces show. */
export function shown(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
