import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtDataset, dist } from './exportTest.ts';
import { serveStatic } from './staticServer.ts';

test(
  'a draft is marked as unreviewed in the list, the details and the timeline, and only a draft, with no axe violation',
  { tag: '@zone-free' },
  async ({ page }) => {
    // The built site, served with a dataset in which one event is a draft.
    const dataset = builtDataset();
    const [draft, reviewed] = dataset.events;
    if (!draft || !reviewed) throw new Error('expected dist/timeline.json to hold two events');
    draft.draft = true;
    const site = await serveStatic({
      dir: dist,
      mount: '/',
      pages: { 'timeline.json': ['application/json; charset=utf-8', JSON.stringify(dataset)] },
    });
    try {
      await page.goto(site.url);
      const item = page.locator(`[id="list-${draft.id}"]`);
      await expect(item).toContainText('Draft');
      await expect(page.locator(`[id="list-${reviewed.id}"]`)).not.toContainText('Draft');
      await item.click();
      const details = page.locator('#event-details');
      await expect(details).toContainText(draft.title);
      await expect(details).toContainText('not yet reviewed by an editor');
      const onTimeline = page.locator(`.vis-item[data-id="${draft.id}"]`);
      await expect(onTimeline).toHaveClass(/is-draft/);
      await expect(onTimeline).toContainText('Draft');
      // The marks are read out and have the contrast of any text on the page.
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    } finally {
      await site.close();
    }
  },
);
