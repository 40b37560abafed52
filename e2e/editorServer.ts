import { createServer } from 'vite';
import { makeStoryFolder } from '../src/editorApi/fixtures/makeStoryFolder.ts';
import { editorPort, editorStory } from './editorStory.ts';

// Playwright's web server for the editor tests: a fresh three-article story, then the dev server
// (the editor) on it, on 127.0.0.1 only.
makeStoryFolder(editorStory);
process.env.SOURCELINE_STORY = editorStory;
const server = await createServer({
  server: { port: editorPort, strictPort: true, host: '127.0.0.1', open: false },
});
await server.listen();
console.log(`editor dev server on http://127.0.0.1:${editorPort}/ for ${editorStory}`);
