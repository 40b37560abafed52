/**
 * One thing wrong with the inputs, as data: where it is (file, record, field) and what was
 * expected and found. `formatProblem` turns it into words; nothing else writes messages.
 */
export type BuildProblem = {
  code:
    | 'missing-file'
    | 'invalid-json'
    | 'invalid-record'
    | 'missing-record'
    | 'unknown-source'
    | 'unknown-event'
    | 'duplicate-id'
    | 'quote-not-found'
    | 'quote-ambiguous'
    | 'quote-context-mismatch'
    | 'expression-not-in-quote'
    | 'expression-unresolved'
    | 'date-missing'
    | 'date-conflicting-sources'
    | 'anchor-cycle'
    | 'invalid-dataset';
  file: string;
  /** The record, named for a reader: `event "geneva-summit"`, `article "003_…"`, `item 4`. */
  record?: string;
  /** Path inside the record, e.g. `evidence[2].quote`. */
  field?: string;
  expected?: string;
  found?: string;
  /** What to do instead, e.g. the nearest passage of the article. */
  hint?: string;
};

/** Something the build did and wants the editor to know, though the output holds. */
export type BuildNotice = {
  code: 'reanchored' | 'date-disagreement';
  file: string;
  record: string;
  field: string;
  detail: string;
};

/** The build refused its inputs; every problem found is listed, not only the first. */
export class BuildFailure extends Error {
  constructor(readonly problems: BuildProblem[]) {
    super(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the inputs`);
    this.name = 'BuildFailure';
  }
}
