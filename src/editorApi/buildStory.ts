import { BuildFailure } from '../dataset/BuildProblem.ts';
import { buildDataset } from '../dataset/buildDataset.ts';
import { formatNotice, formatProblem } from '../dataset/formatProblem.ts';
import { readInputs } from '../dataset/readInputs.ts';
import type { BuildOutcome } from '../model/editorApi.ts';
import type { WritableDataFile } from './dataFilePath.ts';

/** Proposed JSON for one data file, checked in place of the file on disk. */
export type Replacement = { name: WritableDataFile; json: unknown };

/**
 * Runs exactly the checks of `npm run data` on the story folder, with one data file replaced by
 * proposed JSON, and writes nothing. Problems come back in the build's own words.
 */
export function buildStory(storyRoot: string, replacement?: Replacement): BuildOutcome {
  try {
    const inputs = readInputs(storyRoot);
    if (replacement?.name === 'events.json') {
      inputs.events = { ...inputs.events, json: replacement.json };
    } else if (replacement?.name === 'story.json') {
      inputs.story = { ...inputs.story, json: replacement.json };
    }
    const { dataset, notices } = buildDataset(inputs);
    return { ok: true, dataset, notices: notices.map(formatNotice) };
  } catch (error) {
    if (!(error instanceof BuildFailure)) throw error;
    return { ok: false, problems: error.problems.map(formatProblem) };
  }
}
