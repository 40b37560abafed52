import { join } from 'node:path';
import { BuildFailure } from './BuildProblem.ts';
import { buildDataset } from './buildDataset.ts';
import { formatFailureSummary, formatNotice, formatProblem } from './formatProblem.ts';
import { readInputs } from './readInputs.ts';
import { outputPathProblem, storyFolderProblem } from './storyFolder.ts';
import { formatSummary, summarizeDataset } from './summarizeDataset.ts';
import { countNoun } from './countNoun.ts';
import { formatCoverage, uncoveredDates } from './uncoveredDates.ts';
import { writeDataset } from './writeDataset.ts';

export type DataBuildOptions = {
  root: string;
  out: string;
  /** Progress and the closing report. */
  log: (line: string) => void;
  /** Problems that stop the build. */
  fail: (line: string) => void;
};

/**
 * `npm run data`: read, check, anchor, resolve, write. Returns the exit code; on any problem
 * nothing is written and every problem is printed.
 */
export function runDataBuild({ root, out, log, fail }: DataBuildOptions): number {
  try {
    const unusable = storyFolderProblem(root) ?? outputPathProblem(root, out);
    if (unusable) throw new BuildFailure([unusable]);
    log(`Reading seeds/ and data/ in ${root}`);
    const inputs = readInputs(root);
    log(`Anchoring quotes and resolving dates for ${countNoun(inputs.seeds.length, 'article')}`);
    const { dataset, notices } = buildDataset(inputs);
    for (const notice of notices) log(formatNotice(notice));
    writeDataset(join(root, out), dataset);
    log(`Wrote ${out}`);
    log(formatSummary(summarizeDataset(dataset, notices)));
    log(formatCoverage(uncoveredDates(dataset)));
    return 0;
  } catch (error) {
    if (!(error instanceof BuildFailure)) throw error;
    for (const problem of error.problems) fail(formatProblem(problem));
    const wroteNothing = error.problems.some(
      (p) => p.code === 'no-story-folder' || p.code === 'output-over-input',
    );
    fail(formatFailureSummary(error.problems.length, wroteNothing ? null : out));
    return 1;
  }
}
