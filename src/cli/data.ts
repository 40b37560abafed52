import { parseArgs } from 'node:util';
import { runDataBuild } from '../dataset/runDataBuild.ts';

const usage = `Usage: npm run data [-- --root DIR] [--out FILE]
  --root DIR   project folder holding seeds/ and data/ (default: current folder)
  --out FILE   where to write, relative to the root (default: public/timeline.json)`;

let values: { root?: string; out?: string; help?: boolean };
try {
  ({ values } = parseArgs({
    options: {
      root: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  process.exit(2);
}
if (values.help) {
  console.log(usage);
  process.exit(0);
}
process.exitCode = runDataBuild({
  root: values.root ?? process.cwd(),
  out: values.out ?? 'public/timeline.json',
  log: (line) => console.log(line),
  fail: (line) => console.error(line),
});
