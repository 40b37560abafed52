import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { runDataBuild } from '../dataset/runDataBuild.ts';
import { timelinePath } from '../dataset/storyFolder.ts';
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

const code = runDataBuild({
  root: story.root,
  out: timelinePath,
  log: (line) => console.log(line),
  fail: (line) => console.error(line),
});
if (code !== 0) process.exit(code);

// vite.config.ts reads these: the prerender plugin renders this story's dataset, and plugins
// that need the story folder find it here.
process.env.SOURCELINE_STORY = story.root;
process.env.SOURCELINE_DATA = story.timeline;
console.log(`Building the site into ${path.relative(process.cwd(), story.dist) || '.'}/`);
await build({
  root: projectRoot,
  configFile: path.join(projectRoot, 'vite.config.ts'),
  publicDir: story.publicDir,
  build: { outDir: story.dist, emptyOutDir: true },
});
