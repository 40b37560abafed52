import { expect } from '@playwright/test';
import { builtDataset, builtEvents, mount, sitePolicy, test, watch } from './exportTest.ts';

test.describe(
  'the static export served from a sub-folder under a strict CSP',
  { tag: '@zone-free' },
  () => {
    test('shows the story with no CSP violation and no request leaving its origin', async ({
      page,
      site,
    }) => {
      const seen = await watch(page);
      const response = await page.goto(site.url);
      expect(response?.headers()['content-security-policy']).toBe(sitePolicy);
      const first = builtEvents()[0];
      if (!first) throw new Error('expected dist/timeline.json to hold events, found none');
      await expect(page.locator('html')).toHaveClass(/app-ready/);
      await expect(page.locator('#static-story')).toBeHidden();
      // Open an event from the list: its details show its quotes.
      const last = builtEvents().at(-1) ?? first;
      await page.locator(`[id="list-${last.id}"]`).click();
      const details = page.locator('#event-details');
      await expect(details).toContainText(last.title);
      await expect(details.locator('blockquote')).toHaveCount(last.evidence.length);
      await expect(page).toHaveURL(new RegExp(`#event=${last.id}$`));
      // The timeline itself, from its own chunk, draws the event.
      await expect(page.locator('.vis-timeline')).toBeVisible();
      await page.waitForLoadState('networkidle');
      expect(seen.problems).toEqual([]);
      const offOrigin = seen.requests.filter((url) => new URL(url).origin !== site.origin);
      expect(offOrigin).toEqual([]);
      expect(seen.requests.every((url) => new URL(url).pathname.startsWith(mount))).toBe(true);
    });

    test('with JavaScript off, shows every event title, date and quote', async ({
      browser,
      site,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(site.url);
      const events = builtEvents();
      const items = page.locator('.static-event');
      await expect(items).toHaveCount(events.length);
      // One round trip per kind of text: the list is long, and each expect would cost one.
      expect(await items.evaluateAll((elements) => elements.map((e) => e.id))).toEqual(
        events.map((event) => `event=${event.id}`),
      );
      expect(await items.locator('h3').allTextContents()).toEqual(events.map((e) => e.title));
      expect(await items.locator('blockquote').allTextContents()).toEqual(
        events.flatMap((event) => event.evidence.map((evidence) => evidence.quote)),
      );
      const timex = await items.locator('.static-timex code').allTextContents();
      expect(timex.map((text, i) => text.startsWith(events[i]?.date.value ?? '?'))).not.toContain(
        false,
      );
      expect(await items.locator('time').allTextContents()).toEqual(
        events.map((e) => e.date.label),
      );
      const invisible = await page
        .locator('.static-event h3, .static-event time, .static-event blockquote')
        .evaluateAll((elements) => elements.filter((e) => e.getClientRects().length === 0).length);
      expect(invisible).toBe(0);
      await context.close();
    });

    test('shows the story while the timeline library is still loading', async ({ page, site }) => {
      const held: (() => Promise<void>)[] = [];
      await page.route(/vis-(timeline|data)[^/]*\.js$/, (route) => {
        held.push(() => route.continue());
      });
      await page.goto(site.url);
      const first = builtEvents()[0];
      await expect(page.getByText(first?.title ?? '', { exact: true }).first()).toBeVisible();
      await expect.poll(() => held.length).toBeGreaterThan(0);
      await expect(page.locator('.vis-timeline')).toHaveCount(0);
      await Promise.all(held.map((release) => release()));
      await expect(page.locator('.vis-timeline')).toBeVisible();
    });

    test('prints the chronological list with quotes and sources, not the app', async ({
      page,
      site,
    }) => {
      await page.goto(site.url);
      await expect(page.locator('html')).toHaveClass(/app-ready/);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('#static-story')).toBeVisible();
      await expect(page.locator('#root')).toBeHidden();
      const titles = await page.locator('.static-event h3').allTextContents();
      expect(titles).toEqual(builtEvents().map((event) => event.title));
      await expect(page.locator('.static-sources li').first()).toBeVisible();
    });

    test('takes its title, description and social card tags from the story', async ({
      page,
      site,
    }) => {
      const { story } = builtDataset();
      await page.goto(site.url);
      await expect(page).toHaveTitle(story.title);
      const meta = (selector: string) => page.locator(`head meta[${selector}]`);
      await expect(meta('name="description"')).toHaveAttribute('content', story.description);
      await expect(meta('property="og:title"')).toHaveAttribute('content', story.title);
      await expect(meta('property="og:description"')).toHaveAttribute('content', story.description);
      await expect(meta('property="og:type"')).toHaveAttribute('content', 'article');
      await expect(meta('name="twitter:card"')).toHaveAttribute('content', 'summary');
    });

    test('loads its assets by relative paths and inlines no script or style', async ({
      page,
      site,
    }) => {
      await page.goto(site.url);
      const html = await (await page.request.get(site.url)).text();
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html).not.toMatch(/<style/);
      expect(html).not.toMatch(/\sstyle=/);
      const references = [...html.matchAll(/\s(?:src|href)="(?!data:)([^"#]+)"/g)].map(
        ([, url]) => url,
      );
      expect(references.length).toBeGreaterThan(0);
      expect(references.filter((url) => !url?.startsWith('./'))).toEqual([]);
    });
  },
);
