import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { buildStoryData } from './buildStoryData.ts';
import { stagePublished } from './stagePublished.ts';
import { storyFromOptions, storyOptions, storyUsage } from './storyOption.ts';

const usage = `Usage: npm run build [-- --story DIR] [--drafts]
${storyUsage}
  --drafts     publish drafted events too, marked as not yet reviewed (default: left out)
  Builds the story's dataset, then the static site in DIR/dist/ (default: dist/).`;

const projectRoot = path.resolve(import.meta.dirname, '../..');

let story;
let drafts = false;
try {
  const { values } = parseArgs({
    options: {
      ...storyOptions,
      drafts: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  drafts = values.drafts ?? false;
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  story = storyFromOptions(values);
} catch (error) {
  console.error(`build: ${error instanceof Error ? error.message : String(error)}\n${usage}`);
  process.exit(2);
}

buildStoryData(story);
// The site ships a copy of the dataset without drafts (unless --drafts), prerendered and served
// as timeline.json; the story's own public/timeline.json keeps them for npm start.
const published = stagePublished(
  story.timeline,
  path.join(projectRoot, 'node_modules/.tmp/publish'),
  drafts,
);
process.env.SOURCELINE_DATA = published;

console.log(`Building the site into ${path.relative(process.cwd(), story.dist) || '.'}/`);
await build({
  root: projectRoot,
  configFile: path.join(projectRoot, 'vite.config.ts'),
  publicDir: story.publicDir,
  build: { outDir: story.dist, emptyOutDir: true },
});
copyFileSync(published, path.join(story.dist, 'timeline.json'));
