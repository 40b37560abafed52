import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runDraft } from '../draft/runDraft.ts';
import { storyFromOptions, storyOptions, storyUsage } from './storyOption.ts';

const usage = `Usage: npm run draft -- --story DIR
${storyUsage}
  Drafts events from the story's articles into DIR/data/events.json, marked "draft": true.
  The editor's events (no flag) are kept as written; drafts of an earlier run are replaced.`;

try {
  const { values } = parseArgs({
    options: { ...storyOptions, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const began = performance.now();
  const { code } = await runDraft({
    story: storyFromOptions(values).root,
    // The data files follow this repository's formatter settings, as the editor writes them.
    formatConfigFrom: resolve(import.meta.dirname, '../../data/events.json'),
    thisYear: new Date().getFullYear(),
    log: (line) => console.log(line),
    fail: (line) => console.error(line),
  });
  if (code === 0) console.log(`Drafted in ${((performance.now() - began) / 1000).toFixed(1)} s`);
  process.exitCode = code;
} catch (error) {
  console.error(`draft: ${error instanceof Error ? error.message : String(error)}\n${usage}`);
  process.exit(2);
}
