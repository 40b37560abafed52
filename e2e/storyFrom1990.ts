import type { Page } from '@playwright/test';
import type { Dataset } from '../src/model/dataset.ts';
import type { TimelineEvent } from '../src/model/event.ts';

/**
 * Serves the story with its first event moved back to 1990, so that it spans 35 years, and
 * returns that event as moved.
 */
export async function serveStoryFrom1990(page: Page, dataset: Dataset): Promise<TimelineEvent> {
  const [first, ...rest] = dataset.events;
  if (!first) throw new Error('no events');
  const old = {
    ...first,
    date: { ...first.date, value: '1990-06-01', start: '1990-06-01', end: '1990-06-01' },
  };
  await page.route('**/timeline.json', (route) =>
    route.fulfill({ json: { ...dataset, events: [old, ...rest] } }),
  );
  return old;
}
