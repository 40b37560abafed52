import type { Page } from '@playwright/test';
import { serveStoryFrom1990 } from './storyFrom1990.ts';
import { expect, openPage, test, timelineItem } from './timelineTest.ts';

const viewButton = (page: Page, id: string) => page.locator(`.views [data-view="${id}"]`);

/** What sets a view button apart other than its colours. */
const shape = (page: Page, id: string) =>
  page.evaluate(`(() => {
    const style = getComputedStyle(document.querySelector('.views [data-view="${id}"]'));
    return { weight: style.fontWeight, decoration: style.textDecorationLine };
  })()`);

test.describe('view buttons', () => {
  test(
    'the view on screen is pressed, and none once the reader pans away',
    { tag: '@zone-free' },
    async ({ page }) => {
      await openPage(page);
      const views = page.locator('.views button');
      // The story opens on its news days.
      await expect(viewButton(page, 'week')).toHaveAttribute('aria-pressed', 'true');
      await expect(views.and(page.locator('[aria-pressed="true"]'))).toHaveCount(1);
      await expect(views.and(page.locator('[aria-pressed="false"]'))).toHaveCount(
        (await views.count()) - 1,
      );

      await viewButton(page, 'background').click();
      await expect(viewButton(page, 'background')).toHaveAttribute('aria-pressed', 'true');
      await expect(viewButton(page, 'week')).toHaveAttribute('aria-pressed', 'false');
      // Shown by more than colour: the pressed button is bold and underlined, the others not.
      expect(await shape(page, 'background')).toEqual({
        weight: '700',
        decoration: 'underline',
      });
      expect(await shape(page, 'week')).not.toEqual(await shape(page, 'background'));

      // The keyboard presses a view too.
      await viewButton(page, 'all').focus();
      await page.keyboard.press('Enter');
      await expect(viewButton(page, 'all')).toHaveAttribute('aria-pressed', 'true');
      await expect(viewButton(page, 'background')).toHaveAttribute('aria-pressed', 'false');

      // A drag across the timeline leaves the view: no button claims it any more.
      const canvas = await page.locator('.timeline-canvas').boundingBox();
      if (!canvas) throw new Error('timeline not laid out');
      // On the time axis, and step by step as a hand moves: a pan, never a tap on an item.
      const y = canvas.y + 10;
      await page.mouse.move(canvas.x + canvas.width * 0.7, y);
      await page.mouse.down();
      for (let step = 1; step <= 10; step++) {
        await page.mouse.move(canvas.x + canvas.width * (0.7 - step * 0.04), y);
        await page.waitForTimeout(30);
      }
      await page.mouse.up();
      await expect(views.and(page.locator('[aria-pressed="true"]'))).toHaveCount(0);
      await expect(views.and(page.locator('[aria-pressed="false"]'))).toHaveCount(
        await views.count(),
      );
    },
  );

  test(
    'the whole story reaching back decades shows its first event and stays pressed',
    { tag: '@zone-free' },
    async ({ page, dataset }) => {
      // The first event moved back to 1990: the story then spans 35 years.
      const old = await serveStoryFrom1990(page, dataset);
      await openPage(page);
      await viewButton(page, 'all').click();
      const canvas = await page.locator('.timeline-canvas').boundingBox();
      if (!canvas) throw new Error('timeline not laid out');
      await expect
        .poll(async () => (await timelineItem(page, old.id).boundingBox())?.x ?? -1)
        .toBeGreaterThanOrEqual(canvas.x);
      // Still the view on screen once the timeline has settled: not clamped to another window.
      // The pause outlasts vis-timeline's animated move and its settle event (a few hundred ms),
      // after which a clamped window would have un-pressed the button.
      await page.waitForTimeout(1500);
      await expect(viewButton(page, 'all')).toHaveAttribute('aria-pressed', 'true');
    },
  );
});
