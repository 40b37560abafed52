import path from 'node:path';
import { createServer } from 'vite';
import { buildStoryData } from '../src/cli/buildStoryData.ts';
import { storyFolder } from '../src/dataset/storyFolder.ts';
import { makeStoryFolder } from '../src/editorApi/fixtures/makeStoryFolder.ts';
import { editorPort, editorStory } from './editorStory.ts';

// Playwright's web server for the editor tests: a fresh three-article story, then what
// `npm start -- --story DIR` runs (the data build, then the dev server), on 127.0.0.1 only.
const story = storyFolder(makeStoryFolder(editorStory));
buildStoryData(story);
const projectRoot = path.resolve(import.meta.dirname, '..');
const server = await createServer({
  root: projectRoot,
  configFile: path.join(projectRoot, 'vite.config.ts'),
  publicDir: story.publicDir,
  server: { port: editorPort, strictPort: true, host: '127.0.0.1', open: false },
});
await server.listen();
console.log(`editor dev server on http://127.0.0.1:${editorPort}/ for ${story.root}`);
