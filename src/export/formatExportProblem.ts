import { formatProblem } from '../dataset/formatProblem.ts';
import type { ExportProblem } from './ExportProblem.ts';
import { exportFormatNames } from './exportFormats.ts';

export const exportUsage = `Usage: npm run export -- --format FORMAT [--story DIR]
  --format FORMAT  one of: ${exportFormatNames.join(', ')}
  --story DIR      a story folder: reads DIR/public/timeline.json (default: public/timeline.json)
Prints the export to standard output. Run \`npm run data\` first.`;

function dataCommand(story: string | null): string {
  return story ? `npm run data -- --story ${story}` : 'npm run data';
}

/** Every message of the export, in one place: what was expected and what was found. */
export function formatExportProblem(problem: ExportProblem): string {
  switch (problem.code) {
    case 'bad-arguments':
      return `export: ${problem.detail}\n${exportUsage}`;
    case 'missing-format':
      return `export: expected --format, one of ${exportFormatNames.join(', ')}; found none\n${exportUsage}`;
    case 'unknown-format':
      return `export: expected --format to be one of ${exportFormatNames.join(', ')}, found ${JSON.stringify(problem.found)}`;
    case 'no-dataset':
      return `export: expected the built dataset at ${problem.file}, found no file (run \`${dataCommand(problem.story)}\` first)`;
    case 'unreadable-dataset':
      return [
        `export: ${problem.file} cannot be read (run \`${dataCommand(problem.story)}\` again):`,
        formatProblem(problem.problem),
      ].join('\n');
    case 'invalid-dataset':
      return [
        `export: ${problem.file} is not a timeline.json this version can read (run \`${dataCommand(problem.story)}\` again):`,
        ...problem.problems.map(formatProblem),
      ].join('\n');
  }
}

/**
 * The notice beside an export of a built dataset older than the story's inputs: the export is
 * still made, but it leaves out what changed since.
 */
export function formatStaleExport(file: string, story: string | null, newer: string[]): string {
  return `export: note: ${file} is older than ${newer.join(', ')}; this export leaves out what changed there since (run \`${dataCommand(story)}\` to include it)`;
}
