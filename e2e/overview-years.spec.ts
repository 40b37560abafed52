import { serveStoryFrom1990 } from './storyFrom1990.ts';
import { expect, openPage, test } from './timelineTest.ts';

test(
  'the overview strip of a story reaching back decades labels years that do not overlap or run off its end',
  { tag: '@zone-free' },
  async ({ page, dataset }) => {
    // The first event moved back to 1990: the story then spans 35 years.
    await serveStoryFrom1990(page, dataset);
    await openPage(page);
    const labels = page.locator('.overview-year');
    await expect(labels.first()).toBeVisible();
    const strip = await page.locator('.overview').boundingBox();
    if (!strip) throw new Error('overview strip not laid out');
    const boxes: { x: number; width: number }[] = [];
    for (const label of await labels.all()) {
      const box = await label.boundingBox();
      if (box) boxes.push(box);
    }
    expect(boxes.length).toBeGreaterThan(2);
    const overlaps = boxes
      .slice(1)
      .filter((box, i) => box.x < (boxes[i]?.x ?? 0) + (boxes[i]?.width ?? 0));
    expect(overlaps).toEqual([]);
    // None runs off the strip's end, where it would be cut off.
    const last = boxes.at(-1);
    expect((last?.x ?? 0) + (last?.width ?? 0)).toBeLessThanOrEqual(strip.x + strip.width);
  },
);
