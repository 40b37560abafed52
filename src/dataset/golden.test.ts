import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { buildDataset } from './buildDataset.ts';
import { readInputs } from './readInputs.ts';

const golden = join(import.meta.dirname, 'timeline.golden.json');

/**
 * The whole dataset built from seeds/ and data/, locked as a golden file so that any change to
 * an offset, a date or a label shows up in review. After an intended change, refresh it with
 * `UPDATE_GOLDEN=1 npx vitest run src/dataset/golden.test.ts` and read the diff.
 */
it('builds the same timeline.json as the reviewed golden file', () => {
  const { dataset } = buildDataset(readInputs(join(import.meta.dirname, '../..')));
  const json = `${JSON.stringify(dataset, null, 2)}\n`;
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden, json);
  expect(json).toBe(readFileSync(golden, 'utf8'));
});
