import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { inputPaths } from '../dataset/readInputs.ts';

/**
 * The story's inputs (seeds/*.txt and the data files) changed after `builtFile` was written,
 * relative to `root`, in the order of inputPaths: what an export of the built file would leave
 * out. Empty when the built file is as new as every input, or when there is none to compare.
 */
export function newerInputs(root: string, builtFile: string): string[] {
  const built = statSync(builtFile, { throwIfNoEntry: false });
  if (!built) return [];
  const seedsDir = join(root, inputPaths.seeds);
  const seeds = (existsSync(seedsDir) ? readdirSync(seedsDir, { withFileTypes: true }) : [])
    .filter((entry) => entry.isFile() && entry.name.endsWith('.txt'))
    .map((entry) => join(seedsDir, entry.name))
    .sort();
  const files = [
    ...seeds,
    ...[inputPaths.sources, inputPaths.events, inputPaths.story].map((p) => join(root, p)),
  ];
  return files
    .filter((file) => (statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0) > built.mtimeMs)
    .map((file) => relative(root, file));
}
