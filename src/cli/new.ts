import { parseArgs } from 'node:util';
import { isAbsolute, relative, resolve } from 'node:path';
import { BuildFailure } from '../dataset/BuildProblem.ts';
import { createStory } from '../dataset/createStory.ts';
import { formatProblem } from '../dataset/formatProblem.ts';

const usage = `Usage: npm run new -- DIR
  Creates an empty story folder: DIR/seeds/ for the articles, and DIR/data/sources.json,
  story.json and events.json.`;

let dir: string | undefined;
try {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  if (positionals.length !== 1) {
    throw new Error(`expected one folder name, found ${positionals.length}`);
  }
  dir = positionals[0]!;
} catch (error) {
  console.error(`new: ${error instanceof Error ? error.message : String(error)}\n${usage}`);
  process.exit(2);
}

try {
  // npm runs scripts in the repository; INIT_CWD is where the user typed the command.
  const base = process.env.INIT_CWD ?? process.cwd();
  const root = createStory(resolve(base, dir));
  // The folder as the user can type it again: as given when absolute, else from where they are.
  const shown = isAbsolute(dir) ? root : relative(base, root) || '.';
  console.log(`Created the story folder ${shown}/. Next:
  1. Copy each article, as received, into ${shown}/seeds/ as a UTF-8 .txt file.
  2. Give each article its publication date in ${shown}/data/sources.json, keyed by file name
     without .txt: { "my-article": { "published": { "date": "2025-08-06" } } }
     (npm run draft reads a dateline the article opens with, when it has one).
  3. Set the title and description in ${shown}/data/story.json.
  4. npm run draft -- --story ${shown}   proposes events from the articles
  5. npm start -- --story ${shown}       shows the timeline`);
} catch (error) {
  if (!(error instanceof BuildFailure)) throw error;
  for (const problem of error.problems) console.error(formatProblem(problem));
  process.exit(1);
}
