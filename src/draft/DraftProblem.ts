import type { BuildProblem } from '../dataset/BuildProblem.ts';

/**
 * Why `npm run draft` cannot go on, or what it wants the editor to know, as typed data: a code,
 * the file (a data file's problem names its own), and what the wording needs.
 * `formatDraftProblem` is the only place that words it.
 */
export type DraftProblem =
  | { code: 'missing-story'; file: string }
  | { code: 'no-seeds-folder'; file: string }
  | { code: 'no-articles'; file: string }
  | { code: 'not-utf8'; file: string; byte: number; line: number; column: number }
  | { code: 'empty-article'; file: string }
  /** A data file that is not JSON, or a record in it that does not match: as the build words it. */
  | { code: 'invalid-data-file'; problem: BuildProblem }
  | { code: 'not-an-object'; file: string }
  | {
      code: 'needs-date';
      file: string;
      record: string;
      dateline?: string;
      reason: 'none' | 'no-year';
    }
  | { code: 'nothing-drafted'; file: string };

/** Not fatal: the article is read, but gives no passage a date of its own. */
export type DraftNotice =
  | { code: 'no-date-expression'; file: string }
  | { code: 'dateline-read'; file: string; record: string; date: string; dateline: string };

/** Draft stopped: every problem found is listed, not only the first. */
export class DraftFailure extends Error {
  constructor(readonly problems: DraftProblem[]) {
    super(
      problems
        .map((p) => `${p.code} ${p.code === 'invalid-data-file' ? p.problem.file : p.file}`)
        .join('; '),
    );
    this.name = 'DraftFailure';
  }
}
