import { resolve } from 'node:path';
import { storyFolder, type StoryFolder } from '../dataset/storyFolder.ts';

/** `--story DIR`, with `--root` kept as its older name; shared by every command on a story. */
export const storyOptions = {
  story: { type: 'string' },
  root: { type: 'string' },
} as const;

export const storyUsage = `  --story DIR  the story folder, holding seeds/ and data/ (default: this repository's own story)`;

/** The story folder the options name: `--story`, or `--root`, or the current folder. */
export function storyFromOptions(values: { story?: string; root?: string }): StoryFolder {
  if (values.story !== undefined && values.root !== undefined && values.story !== values.root) {
    throw new Error(`--story and --root name the same thing; give one, found both`);
  }
  // npm runs scripts in the repository; INIT_CWD is where the user typed the command.
  const base = process.env.INIT_CWD ?? process.cwd();
  return storyFolder(resolve(base, values.story ?? values.root ?? process.cwd()));
}
