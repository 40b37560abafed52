import path from 'node:path';
import { parseArgs } from 'node:util';
import { storyFolder } from '../dataset/storyFolder.ts';
import { ExportFailure } from './ExportProblem.ts';
import { exportFormats, isExportFormatName } from './exportFormats.ts';
import { exportUsage, formatExportProblem, formatStaleExport } from './formatExportProblem.ts';
import { newerInputs } from './newerInputs.ts';
import { readBuiltDataset } from './readBuiltDataset.ts';

export type ExportCommandIo = {
  /** The folder relative paths are read against: where the user typed the command. */
  cwd: string;
  out: (text: string) => void;
  err: (text: string) => void;
};

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      strict: true,
      options: {
        format: { type: 'string' },
        story: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ExportFailure({ code: 'bad-arguments', detail });
  }
}

/**
 * `npm run export -- --format F [--story DIR]`: prints one export of the story's built
 * timeline.json. Returns the exit code: 0, 2 for arguments it cannot use, 1 for a dataset it
 * cannot read.
 */
export function runExportCommand(args: string[], io: ExportCommandIo): number {
  try {
    const values = parse(args);
    if (values.help) {
      io.out(`${exportUsage}\n`);
      return 0;
    }
    if (values.format === undefined) throw new ExportFailure({ code: 'missing-format' });
    if (!isExportFormatName(values.format)) {
      throw new ExportFailure({ code: 'unknown-format', found: values.format });
    }
    const story = values.story ?? null;
    const folder = storyFolder(path.resolve(io.cwd, story ?? '.'));
    io.out(exportFormats[values.format].render(readBuiltDataset(folder.timeline, story)));
    const newer = newerInputs(folder.root, folder.timeline);
    if (newer.length > 0) io.err(`${formatStaleExport(folder.timeline, story, newer)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof ExportFailure)) throw error;
    io.err(`${formatExportProblem(error.problem)}\n`);
    return error.problem.code === 'bad-arguments' ||
      error.problem.code === 'missing-format' ||
      error.problem.code === 'unknown-format'
      ? 2
      : 1;
  }
}
