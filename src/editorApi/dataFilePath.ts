import { existsSync, lstatSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import type { EditorRefusal } from './EditorRefusal.ts';
import { isInside } from '../dataset/isInside.ts';

/** The only files of a story's data/ folder the editor may replace. */
export const writableDataFiles = ['events.json', 'story.json'] as const;
export type WritableDataFile = (typeof writableDataFiles)[number];

export type DataFileTarget =
  { ok: true; name: WritableDataFile; path: string } | { ok: false; refusal: EditorRefusal };

function isWritable(name: string): name is WritableDataFile {
  return (writableDataFiles as readonly string[]).includes(name);
}

/**
 * Where a write named `file` may go: a known file directly inside `storyRoot/data/`, never
 * anywhere else. An absolute path, a `..`, an unknown name, or a data folder or file that is a
 * link leading out of the story's data/ folder are all refused before anything is read.
 */
export function dataFilePath(storyRoot: string, file: string): DataFileTarget {
  if (isAbsolute(file) || /^[a-zA-Z]:|^[\\/]/.test(file)) {
    return { ok: false, refusal: { code: 'path-absolute', file } };
  }
  if (file.split(/[\\/]/).includes('..')) {
    return { ok: false, refusal: { code: 'path-parent', file } };
  }
  if (!isWritable(file)) {
    return {
      ok: false,
      refusal: { code: 'path-not-data-file', file, allowed: [...writableDataFiles] },
    };
  }
  const root = realpathSync(storyRoot);
  const dataDir = join(root, 'data');
  const realDataDir = existsSync(dataDir) ? realpathSync(dataDir) : dataDir;
  if (realDataDir !== dataDir && !isInside(root, realDataDir)) {
    return { ok: false, refusal: { code: 'path-symlink-out', file, target: realDataDir } };
  }
  const path = join(realDataDir, file);
  if (existsSync(path) && lstatSync(path).isSymbolicLink()) {
    const target = realpathSync(path);
    if (dirname(target) !== realDataDir) {
      return { ok: false, refusal: { code: 'path-symlink-out', file, target } };
    }
    return { ok: true, name: file, path: target };
  }
  // A dangling link fails existsSync but would still be followed by a write: refuse it too.
  if (!existsSync(path) && isLink(path)) {
    return { ok: false, refusal: { code: 'path-symlink-out', file, target: 'a missing file' } };
  }
  return { ok: true, name: file, path };
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
