import type { BuildProblem } from '../dataset/BuildProblem.ts';

/** Why an export could not be made, as data; formatExportProblem words it. */
export type ExportProblem =
  | { code: 'bad-arguments'; detail: string }
  | { code: 'missing-format' }
  | { code: 'unknown-format'; found: string }
  | { code: 'no-dataset'; file: string; story: string | null }
  | {
      code: 'unreadable-dataset';
      file: string;
      story: string | null;
      /** Not UTF-8 or not JSON, worded as the build words a data file it cannot read. */
      problem: BuildProblem;
    }
  | {
      code: 'invalid-dataset';
      file: string;
      story: string | null;
      /** Each field that does not match, worded as the build words a bad data file. */
      problems: BuildProblem[];
    };

export class ExportFailure extends Error {
  constructor(readonly problem: ExportProblem) {
    super(problem.code);
    this.name = 'ExportFailure';
  }
}
