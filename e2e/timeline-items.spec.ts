import { expect, openPage, test, witkoffMeeting } from './timelineTest.ts';

// Benchmarks find the first event on the time axis by `data-timeline-item`: every element that
// stands for an event there, prerendered or live, must carry it with the event's id.
test.describe('events on the time axis', () => {
  test(
    'the prerendered picture marks each event it draws, before any script runs',
    { tag: '@zone-free' },
    async ({ browser, dataset }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto('./');
      const marked = page.locator('#static-story [data-timeline-item]');
      await expect(marked.first()).toBeVisible();
      const ids = await marked.evaluateAll((items) =>
        items.map((item) => item.getAttribute('data-timeline-item')),
      );
      const known = new Set(dataset.events.map((e) => e.id));
      expect(ids.length).toBeGreaterThan(0);
      expect(ids.filter((id) => !known.has(id ?? ''))).toEqual([]);
      expect(ids).toContain(witkoffMeeting(dataset).id);
      await context.close();
    },
  );

  test('every live item carries its event id, and the picture is gone once they are drawn', async ({
    page,
  }) => {
    await openPage(page);
    const pairs = await page
      .locator('.timeline-canvas .vis-item.vis-range')
      .evaluateAll((items) =>
        items.map((item) => [
          item.getAttribute('data-id'),
          item.getAttribute('data-timeline-item'),
        ]),
      );
    expect(pairs.length).toBeGreaterThan(0);
    for (const [id, marked] of pairs) expect(marked).toBe(id);
    await expect(page.locator('.timeline-preview-frame')).toHaveCount(0);
    await expect(page.locator('#static-story')).toBeHidden();
  });
});
