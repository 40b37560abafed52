import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';
import { built, builtEvents, dist, root, test, watch } from './exportTest.ts';
import { serveStatic } from './staticServer.ts';

// TimelineJS3 as a newsroom embeds it, served from its npm package: no CDN is reached.
const timelineJs = path.join(root, 'node_modules/@knight-lab/timelinejs/dist');

const timelineJsPage = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>TimelineJS</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="css/timeline.css"><script src="js/timeline.js"></script></head>
<body><div id="timeline-embed" style="width: 100%; height: 600px"></div><script>
  // script_path points fonts and locales at this server; font: null asks for no web font.
  window.timeline = new TL.Timeline('timeline-embed', 'timelinejs.json', {
    script_path: new URL('js/', location.href).href,
    font: null,
  });
</script></body></html>`;

test('every event opens in TimelineJS3 as a slide with its date and a quote @desktop', async ({
  page,
}) => {
  const data = readFileSync(built(path.join(dist, 'timelinejs.json')), 'utf8');
  const server = await serveStatic({
    dir: timelineJs,
    mount: '/tl/',
    pages: {
      'index.html': ['text/html; charset=utf-8', timelineJsPage],
      'timelinejs.json': ['application/json; charset=utf-8', data],
    },
  });
  // Anything TimelineJS still asks of another origin fails at once instead of being fetched.
  await page.route(
    (url) => url.origin !== server.origin,
    (route) => route.abort(),
  );
  try {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(server.url);
    // Drafts are left out of the export; every reviewed event must be a slide.
    const events = builtEvents().filter((event) => !event.draft);
    await expect(page.locator('.tl-slide[id]')).toHaveCount(events.length + 1);
    for (const event of events) {
      const slide = page.locator(`.tl-slide[id="${event.id}"]`);
      await expect(slide.locator('.tl-headline').first(), event.id).toHaveText(event.title);
      await expect(slide.locator('.tl-headline-date'), event.id).toHaveText(event.date.label);
      await expect(slide.locator('blockquote').first(), event.id).toHaveText(
        event.evidence[0]!.quote,
      );
      await expect(slide.locator('blockquote'), event.id).toHaveCount(event.evidence.length);
    }
    expect(errors).toEqual([]);
  } finally {
    await server.close();
  }
});

test.describe('the footer of the built page', () => {
  test('links every data file, relative to the page, and each one loads', async ({
    page,
    site,
  }) => {
    const seen = await watch(page);
    await page.goto(site.url);
    await expect(page.locator('html')).toHaveClass(/app-ready/);
    const footer = page.getByRole('contentinfo');
    await expect(footer).toBeVisible();
    await expect(footer).toHaveText('Data: JSON · CSV · Web Annotations · JSON Schema');
    const links = footer.getByRole('link');
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual([
      './timeline.json',
      './timeline.csv',
      './annotations.jsonld',
      './timeline.schema.json',
    ]);
    for (const href of hrefs) {
      const response = await page.request.get(new URL(href!, site.url).href);
      expect(response.status(), href!).toBe(200);
      const local = readFileSync(path.join(dist, href!), 'utf8');
      expect(await response.text(), href!).toBe(local);
    }
    expect(seen.problems).toEqual([]);
  });
});
