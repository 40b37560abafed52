import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { BuildFailure } from './BuildProblem.ts';
import { inputPaths } from './readInputs.ts';
import { storyFolder } from './storyFolder.ts';

/** The files of an empty story, as `npm run new` writes them. */
export function emptyStoryFiles(title: string): Record<string, string> {
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  return {
    [inputPaths.sources]: json({}),
    [inputPaths.story]: json({ title }),
    [inputPaths.events]: json([]),
  };
}

/**
 * Creates an empty story folder: `seeds/` for the articles and the three data files. Refuses a
 * folder that already holds anything, so no editor's work is ever written over. Returns the
 * folder's absolute path.
 */
export function createStory(dir: string): string {
  const folder = storyFolder(dir);
  if (existsSync(folder.root)) {
    const entries = readdirSync(folder.root);
    if (entries.length > 0) {
      throw new BuildFailure([
        { code: 'story-folder-in-use', file: dir, path: dir, entries: entries.sort() },
      ]);
    }
  }
  mkdirSync(folder.seeds, { recursive: true });
  mkdirSync(folder.data, { recursive: true });
  const title = basename(folder.root).replace(/[-_]+/g, ' ');
  for (const [file, text] of Object.entries(emptyStoryFiles(title))) {
    writeFileSync(join(folder.root, file), text, { flag: 'wx' });
  }
  return folder.root;
}
