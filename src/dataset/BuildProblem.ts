import { countNoun } from './countNoun.ts';
import type { SchemaIssue } from '../model/schemaMismatch.ts';

/** Where a problem is: the file, the record in it, and the field in the record. */
export type ProblemPlace = {
  file: string;
  /** The record, named for a reader: `event "geneva-summit"`, `article "003_…"`, `item 4`. */
  record?: string;
  /** Path inside the record, e.g. `evidence[2].quote`. */
  field?: string;
};

/**
 * One thing wrong with the inputs, as typed data: a code, its place, and what the wording
 * needs. `formatProblem` is the only place that turns it into words.
 */
export type BuildProblem = ProblemPlace &
  (
    | { code: 'missing-file'; path: string; wanted: 'json' | 'folder' | 'seed' }
    | { code: 'no-story-folder'; path: string; found: 'nothing' | 'a file' }
    | { code: 'story-folder-in-use'; path: string; entries: string[] }
    | { code: 'output-over-input'; out: string }
    | { code: 'not-a-folder'; path: string }
    | { code: 'no-articles'; path: string }
    | { code: 'not-utf8'; path: string; byte: number; line: number; column: number }
    | {
        code: 'invalid-json';
        reason: string;
        line?: number;
        column?: number;
        /** The place is a comma with nothing after it before a closing bracket. */
        trailingComma?: true;
      }
    | { code: 'invalid-record'; issue: SchemaIssue; found: unknown }
    | { code: 'missing-record'; id: string; seedFile: string }
    | { code: 'unknown-source'; found: string; known: string[] }
    | { code: 'unknown-event'; found: string }
    | { code: 'duplicate-id'; found: string }
    | { code: 'unknown-kind'; found: string; known: string[] }
    | { code: 'duplicate-kind'; found: string }
    | { code: 'quote-not-found'; quote: string; seedFile: string; nearest: string | null }
    | { code: 'quote-ambiguous'; occurrences: string[] }
    | { code: 'quote-context-mismatch'; occurrences: string[] }
    | { code: 'expression-not-in-quote'; expression: string; quote: string; times: number }
    | { code: 'expression-unresolved'; expression: string; reason: string }
    | { code: 'editorial-date-invalid'; value: string; reason: string }
    | { code: 'span-reversed'; start: string; end: string }
    | { code: 'date-missing' }
    | { code: 'date-twice' }
    | { code: 'anchor-cycle'; cycle: string[] }
    | { code: 'invalid-dataset'; issue: SchemaIssue; found: unknown }
  );

/** Something the build did and wants the editor to know, though the output holds. */
export type BuildNotice = ProblemPlace &
  (
    | { code: 'reanchored'; seedFile: string; errors: number; quote: string }
    | {
        code: 'date-disagreement';
        source: string;
        label: string;
        explanation: string;
        eventLabel: string;
      }
  );

/** The build refused its inputs; every problem found is listed, not only the first. */
export class BuildFailure extends Error {
  constructor(readonly problems: BuildProblem[]) {
    super(`${countNoun(problems.length, 'problem')} in the inputs`);
    this.name = 'BuildFailure';
  }
}
