import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumArgs, systemChromium } from '../e2e/browser.ts';
import { serveStatic, type Served } from '../e2e/staticServer.ts';
import { measureInteractions, type InteractionFigures } from './bench/measureInteractions.ts';
import { measureLoad, type LoadFigures } from './bench/measureLoad.ts';
import { servedContent } from './bench/servedContent.ts';
import { median, ms, percentile, ratio } from './bench/stats.ts';
import { syntheticStory } from './bench/syntheticStory.ts';

// `npm run bench:scale [-- --runs N] [-- --sizes 1000,10000] [-- --keep]`: the seed story beside
// synthetic stories of 1,000 and 10,000 events, each built with `npm run build -- --story DIR`
// and opened in system Chromium in turn: first event, drag frames, list, search and bytes.
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? (args[at + 1] ?? '') : fallback;
};
const runs = Number(option('--runs', '3'));
const sizes = option('--sizes', '1000,10000').split(',').map(Number);
if (!Number.isInteger(runs) || runs < 1 || sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(
    `bench:scale: expected --runs and --sizes as whole numbers (e.g. --runs 3 --sizes 1000,10000), found ${args.join(' ')}`,
  );
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, '..');
const query = 'meet';
const loadTimeoutMs = 120_000;
/** How long the live timeline may take after the first event before interactions are skipped. */
const liveTimeoutMs = 300_000;

function build(label: string, extra: string[]): void {
  const started = Date.now();
  process.stdout.write(`building ${label}…`);
  execFileSync('npm', ['run', 'build', '--', ...extra], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  console.log(` ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const temp = mkdtempSync(path.join(tmpdir(), 'sourceline-scale-'));
const stories: { name: string; dist: string; served?: Served }[] = [];
build('the seed story', []);
stories.push({ name: 'seed story', dist: path.join(root, 'dist') });
for (const size of sizes) {
  const dir = path.join(temp, `story-${size}`);
  const story = syntheticStory(size);
  for (const [file, content] of Object.entries(story.files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  build(`${size} events from ${story.articles} articles in ${dir}`, ['--story', dir]);
  stories.push({ name: `${size} events`, dist: path.join(dir, 'dist') });
}

type Run = { load: LoadFigures; act: InteractionFigures | null };
const results = new Map<string, Run[]>(stories.map((s) => [s.name, []]));
const browser = await chromium.launch({ executablePath: systemChromium(), args: chromiumArgs });
try {
  for (const story of stories)
    story.served = await serveStatic({ dir: story.dist, mount: '/story/' });
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? stories : [...stories].reverse();
    for (const story of order) {
      let act: InteractionFigures | null = null;
      const load = await measureLoad(
        browser,
        story.served?.url ?? '',
        '[data-timeline-item]',
        loadTimeoutMs,
        servedContent(story.served?.url ?? '', story.dist),
        async (page) => {
          act = await measureInteractions(page, query, liveTimeoutMs);
        },
      );
      results.get(story.name)?.push({ load, act });
      console.log(`  run ${run + 1} ${story.name.padEnd(13)} first event ${ms(load.firstEvent)}`);
    }
  }
} finally {
  await browser.close();
  for (const story of stories) await story.served?.close();
  if (!args.includes('--keep')) rmSync(temp, { recursive: true, force: true });
}

const rows = stories.map((story) => {
  const all = results.get(story.name) ?? [];
  const acts = all.flatMap((r) => (r.act ? [r.act] : []));
  const frames = acts.flatMap((a) => a.dragFrames);
  return {
    name: story.name,
    first: median(all.map((r) => r.load.firstEvent)),
    missed: all.filter((r) => Number.isNaN(r.load.firstEvent)).length,
    drag50: percentile(frames, 50),
    drag95: percentile(frames, 95),
    list: median(acts.map((a) => a.listSelect)),
    key50: percentile(
      acts.flatMap((a) => a.keystrokes),
      50,
    ),
    keyMax: Math.max(...acts.flatMap((a) => a.keystrokes)),
    search: median(acts.map((a) => a.searchDone)),
    whole: median(acts.map((a) => a.wholeStory)),
    raw: median(all.map((r) => r.load.bytes.raw)),
    gzip: median(all.map((r) => r.load.bytes.gzip)),
    cls: Math.max(...all.map((r) => r.load.cls)),
  };
});
const [seed] = rows;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const line = (label: string, value: (r: (typeof rows)[number]) => number, show = ms) => {
  const cells = rows.map((r) => {
    const figure = show(value(r));
    return r === seed || !seed ? figure : `${figure} (${ratio(value(r), value(seed))})`;
  });
  console.log(`${label.padEnd(30)}${cells.map((c) => c.padStart(24)).join('')}`);
};
console.log(`\nmedians over ${runs} runs; ratios against the seed story`);
console.log(`${''.padEnd(30)}${rows.map((r) => r.name.padStart(24)).join('')}`);
line('first event on the axis', (r) => r.first);
line('drag frame p50', (r) => r.drag50);
line('drag frame p95', (r) => r.drag95);
line('list: click to details', (r) => r.list);
line('search: keystroke to frame p50', (r) => r.key50);
line('search: slowest keystroke', (r) => r.keyMax);
line(`search: "${query}" to results`, (r) => r.search);
line('whole story view: longest frame', (r) => r.whole);
line('downloaded', (r) => r.raw, mb);
line('downloaded if gzipped', (r) => r.gzip, mb);
line(
  'worst layout shift (CLS)',
  (r) => r.cls,
  (v) => v.toFixed(3),
);
for (const r of rows) {
  const live = (results.get(r.name) ?? []).filter((run) => run.act?.dragFrames.length).length;
  if (live < runs)
    console.log(
      `${r.name}: the live timeline was ready in ${live} of ${runs} runs within ${liveTimeoutMs / 1000} s`,
    );
  if (r.missed)
    console.log(`${r.name}: ${r.missed} runs showed no event within ${loadTimeoutMs / 1000} s`);
}
console.log('goals: first event ≤ 2× the seed story, drag p95 ≤ 1.5× the seed story');
