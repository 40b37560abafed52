import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { editorApiPlugin } from './src/editorApi/editorApiPlugin.ts';
import { prerenderPlugin } from './src/embed/prerenderPlugin.ts';
import { exportPlugin } from './src/export/exportPlugin.ts';

// Relative base: the built site must work from any sub-folder of any host.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    // SOURCELINE_DATA names the dataset to prerender: a story folder's timeline.json when
    // `npm run build -- --story DIR` runs this, or a fixture in tests. SOURCELINE_STORY names the
    // story folder itself (set by `npm start` and `npm run build`).
    prerenderPlugin({ dataset: process.env.SOURCELINE_DATA ?? 'public/timeline.json' }),
    // The exports beside timeline.json, from the same dataset the prerender reads.
    exportPlugin({ dataset: process.env.SOURCELINE_DATA ?? 'public/timeline.json' }),
    // The dev server only: the page becomes an editor of the story's data/ folder.
    editorApiPlugin({ story: process.env.SOURCELINE_STORY ?? '.' }),
  ],
  build: {
    // The polyfill is inline-free but dead weight: every browser we serve supports modulepreload.
    modulePreload: { polyfill: false },
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // The machines are shared: under load a test of whole stories (seven readings of every seed,
    // the exports of a story twice) ran past vitest's 5 s. A passing test takes no longer.
    testTimeout: 30_000,
    // One module graph per worker, not per file: nearly every file imports the date resolver
    // (chrono-node, compromise and some hundred rule modules), and importing it afresh for each of
    // the ~270 files took over six of the seven minutes the run took. No test changes a module's
    // state or mocks one; the few that set TZ put it back. `npx vitest run --sequence.shuffle`
    // passes too, so no test leans on another having run first.
    isolate: false,
  },
});
