import path from 'node:path';
import { budget, kb, measureBundle, overBudget } from './measureBundle.ts';

// `npm run size`: the weight of dist/ as readers download it, against the budget.
const dir = path.resolve(import.meta.dirname, '../dist');
const sizes = measureBundle(dir);
if (sizes.length === 0)
  throw new Error(`size: expected JS and CSS in ${dir}, found none; run npm run build`);
const width = Math.max(...sizes.map((s) => s.file.length));
for (const s of sizes) {
  console.log(
    `${s.file.padEnd(width)}  ${kb(s.bytes).padStart(9)}  ${kb(s.gzip).padStart(9)} gzip`,
  );
}
for (const kind of ['js', 'css'] as const) {
  const total = sizes.filter((s) => s.kind === kind).reduce((sum, s) => sum + s.gzip, 0);
  console.log(`all ${kind.toUpperCase()}: ${kb(total)} gzip of ${kb(budget[kind])} budget`);
}
const over = overBudget(sizes);
if (over.length > 0) {
  console.error(over.join('\n'));
  process.exitCode = 1;
}
