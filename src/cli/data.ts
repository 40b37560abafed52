import { parseArgs } from 'node:util';
import { runDataBuild } from '../dataset/runDataBuild.ts';
import { timelinePath } from '../dataset/storyFolder.ts';
import { storyFromOptions, storyOptions, storyUsage } from './storyOption.ts';

const usage = `Usage: npm run data [-- --story DIR] [--out FILE]
${storyUsage}
  --out FILE   where to write, relative to the story folder (default: ${timelinePath})`;

try {
  const { values } = parseArgs({
    options: { ...storyOptions, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  process.exitCode = runDataBuild({
    root: storyFromOptions(values).root,
    out: values.out ?? timelinePath,
    log: (line) => console.log(line),
    fail: (line) => console.error(line),
  });
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  process.exit(2);
}
