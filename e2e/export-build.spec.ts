import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { exportFormats } from '../src/export/exportFormats.ts';
import { budget, kb, measureBundle, overBudget } from '../scripts/measureBundle.ts';
import { cspReadmeBlock, readReadmeBlock } from '../scripts/cspReadmeBlock.ts';
import { built, builtDataset, dist, distSingle, root } from './exportTest.ts';

// These read the built files, not a page: they run once, in the "built files" project.

test('all JS and all CSS of dist/ fit the gzip weight budget', () => {
  const sizes = measureBundle(dist);
  for (const kind of ['js', 'css'] as const) {
    const total = sizes.filter((s) => s.kind === kind).reduce((sum, s) => sum + s.gzip, 0);
    test.info().annotations.push({
      type: `${kind} gzip`,
      description: `${kb(total)} of ${kb(budget[kind])}`,
    });
  }
  expect(sizes.some((s) => s.kind === 'js')).toBe(true);
  const table = sizes.map((s) => `${s.file}: ${kb(s.gzip)} gzip`).join('\n');
  expect(overBudget(sizes), `dist/ as built:\n${table}`).toEqual([]);
});

test('the timeline library is a chunk of its own, which index.html does not load', () => {
  const html = readFileSync(built(path.join(dist, 'index.html')), 'utf8');
  const loaded = [...html.matchAll(/\s(?:src|href)="\.\/([^"]+\.js)"/g)].map(([, file]) => file);
  expect(loaded).toHaveLength(1);
  const entry = readFileSync(path.join(dist, loaded[0] ?? ''), 'utf8');
  // A class name only vis-timeline's own code holds.
  const signature = 'vis-custom-time';
  expect(entry).not.toContain(signature);
  const timeline = measureBundle(dist)
    .filter((s) => s.kind === 'js' && s.file !== loaded[0])
    .map((s) => s.file)
    .filter((file) => readFileSync(path.join(dist, file), 'utf8').includes(signature));
  expect(timeline).toHaveLength(1);
  expect(html).not.toContain(path.basename(timeline[0] ?? '?'));
});

test('the README lists the CSP hashes of the single file as built', () => {
  const csp = JSON.parse(readFileSync(built(path.join(distSingle, 'csp.json')), 'utf8')) as {
    scripts: string[];
    styles: string[];
  };
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  expect(
    readReadmeBlock(readme),
    'README.md is out of date: run `npm run build:single -- --update-readme` and commit it',
  ).toBe(cspReadmeBlock(csp));
});

test('dist/ holds every export, as npm run export renders it from dist/timeline.json', () => {
  const dataset = builtDataset();
  for (const format of Object.values(exportFormats)) {
    const file = readFileSync(built(path.join(dist, format.file)), 'utf8');
    expect(file, format.file).toBe(format.render(dataset));
  }
});

test('dist/timeline.json passes Ajv against dist/timeline.schema.json, and a broken one does not', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  const schema = JSON.parse(
    readFileSync(path.join(dist, 'timeline.schema.json'), 'utf8'),
  ) as object;
  const validate = ajv.compile(schema);
  const json = JSON.parse(readFileSync(path.join(dist, 'timeline.json'), 'utf8')) as {
    events: { evidence: { start: unknown }[] }[];
  };
  expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  json.events[0]!.evidence[0]!.start = -1;
  expect(validate(json)).toBe(false);
  expect(validate.errors?.map((e) => e.instancePath)).toEqual(['/events/0/evidence/0/start']);
});

test('the single file links no data files, since none sit beside it', () => {
  const html = readFileSync(built(path.join(distSingle, 'index.html')), 'utf8');
  expect(html).not.toContain('<footer class="data-links"');
  expect(html).not.toContain('sourceline:data-links');
});
