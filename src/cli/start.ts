import path from 'node:path';
import { parseArgs } from 'node:util';
import { createServer } from 'vite';
import { buildStoryData } from './buildStoryData.ts';
import { storyFromOptions, storyOptions, storyUsage } from './storyOption.ts';

const usage = `Usage: npm start [-- --story DIR] [--port N]
${storyUsage}
  --port N     the port to serve on (default: 5173, or the next free one)
  Builds the story's dataset, then serves the page on localhost with live reload.`;

const projectRoot = path.resolve(import.meta.dirname, '../..');

let story;
let port: number | undefined;
try {
  const { values } = parseArgs({
    options: { ...storyOptions, port: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  story = storyFromOptions(values);
  if (values.port !== undefined) {
    port = Number(values.port);
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      throw new Error(`expected --port as a whole number from 1 to 65535, found "${values.port}"`);
    }
  }
} catch (error) {
  console.error(`start: ${error instanceof Error ? error.message : String(error)}\n${usage}`);
  process.exit(2);
}

buildStoryData(story);

const server = await createServer({
  root: projectRoot,
  configFile: path.join(projectRoot, 'vite.config.ts'),
  publicDir: story.publicDir,
  // Vite's default host is localhost only: the page shows unpublished work.
  server: { port },
});
await server.listen();
server.printUrls();
