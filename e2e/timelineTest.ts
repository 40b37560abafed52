import { existsSync, readFileSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';
import { Dataset } from '../src/model/dataset.ts';
import type { TimelineEvent } from '../src/model/event.ts';
import { recordPageEvents } from './recordPageEvents.ts';

/**
 * The dataset the page under test shows: the built site's timeline.json, which `npm run data`
 * wrote and `vite build` copied. Tests derive every expectation from it.
 */
function loadDataset(): Dataset {
  const built = new URL('../dist/timeline.json', import.meta.url);
  if (!existsSync(built)) {
    throw new Error('dist/timeline.json is missing: run `npm run build` (or `npm test`) first.');
  }
  return Dataset.parse(JSON.parse(readFileSync(built, 'utf8')));
}

const loaded = loadDataset();

export const test = base.extend<{ dataset: Dataset; pageHealth: void }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies first
  dataset: async ({}, use) => {
    await use(loaded);
  },
  /**
   * Every test of the page, automatically: no console error, no uncaught exception and no request
   * to another origin while the test ran (a reader's page makes no third-party requests).
   */
  pageHealth: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const seen = recordPageEvents(page);
      await use();
      expect(seen.problems, 'console errors or uncaught exceptions').toEqual([]);
      const offOrigin = seen.requests.filter((request) => {
        const url = new URL(request);
        return /^https?:$/.test(url.protocol) && url.origin !== origin;
      });
      expect(offOrigin, 'requests to another origin').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The story's central event: Witkoff's meeting with Putin, a single day. */
export function witkoffMeeting(dataset: Dataset): TimelineEvent {
  const event = dataset.events.find(
    (e) =>
      e.date.granularity === 'day' &&
      e.date.start === e.date.end &&
      e.people.some((p) => p.includes('Witkoff')) &&
      e.people.some((p) => p.includes('Putin')) &&
      e.status === 'happened',
  );
  if (!event) throw new Error('the dataset has no day-precise Witkoff–Putin meeting');
  return event;
}

/** Events that began before the year the articles were published: the background. */
export function backgroundEvents(dataset: Dataset): TimelineEvent[] {
  const year = Math.min(...dataset.sources.map((s) => Number(s.published.slice(0, 4))));
  return dataset.events.filter((e) => Number(e.date.start.slice(0, 4)) < year);
}

/** Opens the page and waits until the timeline has drawn its items. */
export async function openPage(page: Page, hash = ''): Promise<void> {
  await page.goto(`./${hash}`);
  await expect(page.locator('.timeline-canvas[data-ready="true"]')).toBeVisible();
  await expect(page.locator('.vis-item').first()).toBeVisible();
}

export const details = (page: Page) => page.locator('#event-details');
export const detailsTitle = (page: Page) => page.locator('#details-title');
export const listButton = (page: Page, id: string) => page.locator(`#list-${id}`);
export const timelineItem = (page: Page, id: string) =>
  page.locator(`.timeline-canvas .vis-item[data-id="${id}"]`);
