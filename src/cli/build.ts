import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { buildStoryData } from './buildStoryData.ts';
import { storyFromOptions, storyOptions, storyUsage } from './storyOption.ts';

const usage = `Usage: npm run build [-- --story DIR]
${storyUsage}
  Builds the story's dataset, then the static site in DIR/dist/ (default: dist/).`;

const projectRoot = path.resolve(import.meta.dirname, '../..');

let story;
try {
  const { values } = parseArgs({
    options: { ...storyOptions, help: { type: 'boolean', short: 'h' } },
  });
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

console.log(`Building the site into ${path.relative(process.cwd(), story.dist) || '.'}/`);
await build({
  root: projectRoot,
  configFile: path.join(projectRoot, 'vite.config.ts'),
  publicDir: story.publicDir,
  build: { outDir: story.dist, emptyOutDir: true },
});
