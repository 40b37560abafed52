import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BuildProblem } from './BuildProblem.ts';
import { isInside } from './isInside.ts';
import { inputPaths } from './readInputs.ts';

/**
 * Where a story's files are. A story is a folder: `seeds/` (the articles) and `data/` (what
 * editors write) go in; `public/timeline.json`, `dist/` and `dist-single/` come out. The
 * repository itself is the Witkoff story's folder.
 */
export type StoryFolder = {
  root: string;
  seeds: string;
  data: string;
  /** What `npm run data` writes and the dev server serves. */
  publicDir: string;
  timeline: string;
  /** `npm run build` and `npm run build:single`. */
  dist: string;
  distSingle: string;
};

export const timelinePath = 'public/timeline.json';

export function storyFolder(dir: string): StoryFolder {
  const root = resolve(dir);
  return {
    root,
    seeds: join(root, inputPaths.seeds),
    data: join(root, 'data'),
    publicDir: join(root, 'public'),
    timeline: join(root, timelinePath),
    dist: join(root, 'dist'),
    distSingle: join(root, 'dist-single'),
  };
}

/** The problem with `dir` as a story folder, or null when it is a folder at all. */
export function storyFolderProblem(dir: string): BuildProblem | null {
  if (!existsSync(dir)) return { code: 'no-story-folder', file: dir, path: dir, found: 'nothing' };
  if (!statSync(dir).isDirectory())
    return { code: 'no-story-folder', file: dir, path: dir, found: 'a file' };
  return null;
}

/**
 * The problem with writing the build's output to `out` (relative to the story folder), or null:
 * inside seeds/ or data/ it would replace an article or what an editor wrote.
 */
export function outputPathProblem(root: string, out: string): BuildProblem | null {
  const story = storyFolder(root);
  const target = resolve(story.root, out);
  for (const input of [story.seeds, story.data]) {
    if (target === input || isInside(input, target)) {
      return { code: 'output-over-input', file: out, out };
    }
  }
  return null;
}
