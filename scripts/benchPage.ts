import { chromium } from '@playwright/test';
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromiumArgs, systemChromium } from '../e2e/browser.ts';
import { serveStatic } from '../e2e/staticServer.ts';
import { Dataset } from '../src/model/dataset.ts';
import { measureLoad, viewport, type LoadFigures } from './bench/measureLoad.ts';
import { servedContent } from './bench/servedContent.ts';
import { median, ms, ratio } from './bench/stats.ts';
import { timelineJsDist, timelineJsMarker, timelineJsPages } from './bench/timelineJsPage.ts';

// `npm run bench:page [-- --runs N] [-- --no-build]`: the built page against a TimelineJS3 page
// with the same events, opened in turn in system Chromium, first event on the axis compared.
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 7;
if (!Number.isInteger(runs) || runs < 1) {
  console.error(
    `bench:page: expected --runs as a whole number of at least 1, found "${args[runsAt + 1]}"`,
  );
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');

if (!args.includes('--no-build')) {
  console.log('building the page (npm run build)…');
  execSync('npm run build', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}
const dataset = Dataset.parse(JSON.parse(readFileSync(path.join(dist, 'timeline.json'), 'utf8')));

const ours = await serveStatic({ dir: dist, mount: '/sourceline/' });
const theirs = await serveStatic({
  dir: timelineJsDist(),
  mount: '/timelinejs/',
  pages: timelineJsPages(dataset),
});
const browser = await chromium.launch({ executablePath: systemChromium(), args: chromiumArgs });

const pages = [
  {
    name: 'Sourceline',
    url: ours.url,
    selector: '[data-timeline-item]',
    contentOf: servedContent(ours.url, dist),
  },
  {
    name: 'TimelineJS3',
    url: theirs.url,
    selector: timelineJsMarker,
    contentOf: servedContent(theirs.url, timelineJsDist(), timelineJsPages(dataset)),
  },
];
const results = new Map<string, LoadFigures[]>(pages.map((p) => [p.name, []]));
try {
  console.log(
    `${dataset.events.length} events, ${runs} alternating runs, Chromium ${browser.version()} at ${viewport.width}×${viewport.height}`,
  );
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? pages : [...pages].reverse();
    for (const page of order) {
      const figures = await measureLoad(browser, page.url, page.selector, 30_000, page.contentOf);
      results.get(page.name)?.push(figures);
      console.log(
        `  run ${run + 1} ${page.name.padEnd(11)} first event ${ms(figures.firstEvent).padStart(8)}  CLS ${figures.cls.toFixed(3)}`,
      );
    }
  }
} finally {
  await browser.close();
  await ours.close();
  await theirs.close();
}

const summary = pages.map((page) => {
  const all = results.get(page.name) ?? [];
  const foreign = [...new Set(all.flatMap((f) => f.foreign))];
  return {
    name: page.name,
    first: median(all.map((f) => f.firstEvent)),
    cls: Math.max(...all.map((f) => f.cls)),
    kb: median(all.map((f) => f.bytes.raw)) / 1024,
    gzipKb: median(all.map((f) => f.bytes.gzip)) / 1024,
    missed: all.filter((f) => Number.isNaN(f.firstEvent)).length,
    foreign,
  };
});
console.log('\nmedians                first event   worst CLS   downloaded (gzip)');
for (const s of summary) {
  console.log(
    `  ${s.name.padEnd(20)} ${ms(s.first).padStart(11)}   ${s.cls.toFixed(3).padStart(9)}   ${s.kb.toFixed(0)} KB (${s.gzipKb.toFixed(0)} KB)` +
      (s.missed ? `  (${s.missed} runs never showed an event)` : ''),
  );
  if (s.foreign.length)
    console.log(`    refused requests to other origins: ${s.foreign.join(', ')}`);
}
const [a, b] = summary;
if (a && b)
  console.log(`\nfirst event, Sourceline / TimelineJS3: ${ratio(a.first, b.first)} (goal ≤ 0.50×)`);
