import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test as base, type Page } from '@playwright/test';
import { Dataset } from '../src/model/dataset.ts';
import { chronological } from '../src/model/chronological.ts';
import { recordPageEvents } from './recordPageEvents.ts';
import { serveStatic, type Served } from './staticServer.ts';

export const root = path.resolve(import.meta.dirname, '..');
export const dist = path.join(root, 'dist');
export const distSingle = path.join(root, 'dist-single');

/** A built file the export tests read, or an error that says which build makes it. */
export function built(file: string): string {
  if (!existsSync(file)) {
    const build = file.startsWith(distSingle) ? 'npm run build:single' : 'npm run build';
    throw new Error(`expected ${path.relative(root, file)}, found none: run \`${build}\` first`);
  }
  return file;
}

/** The policy the README tells newsrooms to serve the site with. */
export const sitePolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";

/** A newsroom-like sub-folder: a root-absolute asset path would miss it. */
export const mount = '/news/2025/witkoff/';

/** The dataset the build shipped (dist/timeline.json), in date order. */
export function builtDataset(): Dataset {
  return Dataset.parse(JSON.parse(readFileSync(built(path.join(dist, 'timeline.json')), 'utf8')));
}
export const builtEvents = () => chronological(builtDataset().events);

const embedTitle = 'Timeline: sources and dates';

function hostPage(src: string): string {
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host story</title><link rel="icon" href="data:,"></head>',
    '<body><h1>A host article</h1><p>Text before the embed.</p>',
    `<div id="sourceline-embed" data-pym-src="${src}" data-pym-title="${embedTitle}"></div>`,
    '<p>Text after the embed.</p><script src="pym-parent.js"></script></body></html>',
  ].join('\n');
}

/** The README's plain-iframe snippet, verbatim, pointing at `src` instead of the example URL. */
export function readmeSnippet(src: string): string {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const block =
    /<!-- snippet:iframe:start -->\s*```html\n([\s\S]*?)```\s*<!-- snippet:iframe:end -->/.exec(
      readme,
    );
  if (!block?.[1])
    throw new Error('README.md: expected the iframe snippet between its markers, found none');
  const example = 'https://news.example/2025/witkoff/';
  if (!block[1].includes(example)) throw new Error(`README snippet: expected the URL ${example}`);
  return block[1].replace(example, src);
}

type Servers = { site: Served; host: Served };

/**
 * Two servers a worker shares: `site` serves dist/ under a sub-folder with the strict CSP;
 * `host` is another origin (another port) with pages that embed the site: host/ through a
 * pym-compatible parent, host/deep.html the same with #event=<id> in the iframe src, and
 * host/plain.html with the README's plain-iframe snippet.
 */
export const test = base.extend<object, Servers>({
  site: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const site = await serveStatic({
        dir: dist,
        mount,
        headers: { 'Content-Security-Policy': sitePolicy },
      });
      await use(site);
      await site.close();
    },
    { scope: 'worker' },
  ],
  host: [
    async ({ site }, use) => {
      const pym = readFileSync(path.join(import.meta.dirname, 'fixtures/pymParent.js'), 'utf8');
      const first = builtEvents()[0]?.id ?? 'none';
      const host = await serveStatic({
        mount: '/host/',
        pages: {
          'index.html': ['text/html; charset=utf-8', hostPage(site.url)],
          'deep.html': ['text/html; charset=utf-8', hostPage(`${site.url}#event=${first}`)],
          'plain.html': [
            'text/html; charset=utf-8',
            `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head><body><h1>A host article</h1>\n${readmeSnippet(site.url)}\n</body></html>`,
          ],
          'pym-parent.js': ['text/javascript; charset=utf-8', pym],
        },
      });
      await use(host);
      await host.close();
    },
    { scope: 'worker' },
  ],
});

export { embedTitle };

/**
 * Records what a page does that a strict embed must not: CSP violations (from the
 * securitypolicyviolation event in every frame, and Chromium's console report), console
 * errors, uncaught exceptions, failed requests, and every URL it requests.
 */
export async function watch(page: Page) {
  // A string, not a function: e2e/ is type-checked without the DOM library.
  await page.addInitScript({
    content: `document.addEventListener('securitypolicyviolation', (event) =>
      console.error('CSP violation: ' + event.violatedDirective + ' blocked ' + event.blockedURI));`,
  });
  const seen = recordPageEvents(page);
  page.on('requestfailed', (request) =>
    seen.problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`),
  );
  return seen;
}
