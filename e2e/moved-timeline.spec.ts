import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { endOfLocalDate, localDate } from '../src/app/localDate.ts';
import type { RunsPastSide } from '../src/app/runsPast.ts';
import { runsPastWords } from '../src/app/runsPastWords.ts';
import type { Dataset } from '../src/model/dataset.ts';
import { expect, openPage, test, timelineItem, witkoffMeeting } from './timelineTest.ts';

/** Where the items are drawn: the timeline without its lane labels. */
const itemArea = async (page: Page) => {
  const box = await page.locator('.timeline-canvas .vis-panel.vis-center').boundingBox();
  if (!box) throw new Error('timeline not laid out');
  return box;
};

/** The words an item shows where the timeline cuts its bar: the one visible `.item-runs`. */
const shownRuns = (page: Page, id: string): Locator =>
  timelineItem(page, id).locator('.item-runs').locator('visible=true');

const isPhone = (page: Page) => (page.viewportSize()?.width ?? Infinity) <= 576;

/** What an event's bar says at the edge `side` of the timeline, worked out from its date. */
function wordsOf(dataset: Dataset, id: string, side: RunsPastSide, phone: boolean): string {
  const event = dataset.events.find((e) => e.id === id);
  if (!event) throw new Error(`no event ${id}`);
  const span = { start: localDate(event.date.start), end: endOfLocalDate(event.date.end) };
  const words = runsPastWords(event.date, span);
  return (phone ? words.short : words.full)[side];
}

/**
 * Witkoff events the news days cut, and where: talks since January, cut at their start, and "this
 * year", past both edges. A drag a little later keeps them cut so.
 */
const cutByNewsDays: { id: string; side: RunsPastSide }[] = [
  { id: 'peace-talks-in-turkey', side: 'before' },
  { id: 'trump-meets-zelensky-this-year', side: 'both' },
];

/** Drags the timeline by its time axis, step by step as a hand moves: a pan, never a tap. */
async function drag(page: Page, share: number): Promise<void> {
  const canvas = await page.locator('.timeline-canvas').boundingBox();
  if (!canvas) throw new Error('timeline not laid out');
  const y = canvas.y + 10;
  const from = canvas.x + canvas.width * 0.6;
  await page.mouse.move(from, y);
  await page.mouse.down();
  for (let step = 1; step <= 10; step++) {
    await page.mouse.move(from + canvas.width * share * (step / 10), y);
    await page.waitForTimeout(30);
  }
  await page.mouse.up();
}

/**
 * What is wrong with the lanes as drawn, rounded to a pixel: a bar below its lane, two bars in a
 * lane overlapping, a bar stacked under a gap (vis-timeline puts a bar at the top of its lane or
 * the vertical item margin, 6 px in useVisTimeline, under the bar it would collide with), or a
 * lane taller than its bars need (more than half that margin under the lowest, where the lane is
 * not as tall as its label). Empty when each lane was laid out for what its bars show now.
 */
const laneProblems = (page: Page): Promise<string[]> =>
  page.evaluate(`(() => {
    const problems = [];
    const lanes = [...document.querySelectorAll('.timeline-canvas .vis-foreground .vis-group')];
    const labels = [
      ...document.querySelectorAll('.timeline-canvas .vis-labelset .vis-label .vis-inner'),
    ];
    lanes.forEach((lane, index) => {
      const box = lane.getBoundingClientRect();
      const label = labels[index].getBoundingClientRect();
      const bars = [...lane.querySelectorAll(':scope > .vis-item')].map((item) => ({
        id: item.dataset.id,
        box: item.getBoundingClientRect(),
      }));
      if (bars.length === 0) return;
      bars.forEach(({ id, box: bar }, at) => {
        if (bar.bottom > box.bottom + 1) problems.push(id + ' runs below its lane');
        for (const other of bars.slice(at + 1)) {
          const o = other.box;
          if (
            Math.min(bar.right, o.right) - Math.max(bar.left, o.left) > 1 &&
            Math.min(bar.bottom, o.bottom) - Math.max(bar.top, o.top) > 1
          ) {
            problems.push(id + ' overlaps ' + other.id);
          }
        }
      });
      const top = Math.min(...bars.map(({ box: bar }) => bar.top));
      for (const { id, box: bar } of bars) {
        const under = bars.some(({ box: other }) => Math.abs(other.bottom + 6 - bar.top) <= 2);
        if (bar.top > top + 1 && !under) problems.push(id + ' sits under a gap');
      }
      const lowest = Math.max(...bars.map(({ box: bar }) => bar.bottom));
      if (box.height > label.height + 1 && box.bottom - lowest > 5) {
        problems.push('lane ' + index + ' is ' + Math.round(box.bottom - lowest) + ' px taller than its bars');
      }
    });
    return problems;
  })()`);

/** Waits out vis-timeline's animated move, its settle event and the pause before the words follow. */
const settle = (page: Page) => page.waitForTimeout(900);

test.describe('after the reader moves the timeline', () => {
  test('a bar cut at the edge still says where it begins after a drag', async ({
    page,
    dataset,
  }) => {
    await openPage(page);
    const views = page.locator('.views button');
    await expect(page.locator('.views [data-view="week"]')).toHaveAttribute('aria-pressed', 'true');
    // A little later: the stretches that began months before are still cut at their start.
    await drag(page, -0.08);
    await expect(views.and(page.locator('[aria-pressed="true"]'))).toHaveCount(0);
    const area = await itemArea(page);
    for (const { id, side } of cutByNewsDays) {
      const runs = shownRuns(page, id);
      await expect(runs).toHaveText(wordsOf(dataset, id, side, isPhone(page)), {
        useInnerText: true,
      });
      const box = await runs.boundingBox();
      if (!box) throw new Error(`no words on ${id}`);
      expect(box.x).toBeGreaterThanOrEqual(area.x);
      expect(box.x).toBeLessThan(area.x + 24);
    }
    // Real text inside the chart, which the list below repeats for screen readers: the chart
    // stays hidden from them, so a move announces nothing.
    await expect(page.locator('.timeline-canvas')).toHaveAttribute('aria-hidden', 'true');
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });

  test(
    'zoomed in within one day, that day says it runs past both edges',
    { tag: '@desktop' },
    async ({ page, dataset }) => {
      await openPage(page);
      const meeting = witkoffMeeting(dataset);
      await expect(shownRuns(page, meeting.id)).toHaveCount(0);
      // The wheel zooms where the pointer is, so the day must be on screen.
      await timelineItem(page, meeting.id).scrollIntoViewIfNeeded();
      const bar = await timelineItem(page, meeting.id).boundingBox();
      if (!bar) throw new Error('meeting not laid out');
      await page.mouse.move(bar.x + bar.width / 2, bar.y + bar.height / 2);
      await page.keyboard.down('Control');
      for (let step = 0; step < 12; step++) {
        await page.mouse.wheel(0, -400);
        await page.waitForTimeout(40);
      }
      await page.keyboard.up('Control');
      await expect(shownRuns(page, meeting.id)).toHaveText(
        wordsOf(dataset, meeting.id, 'both', isPhone(page)),
        { useInnerText: true },
      );
      // Back to a view: its own words, and the day framed whole says nothing.
      await page.locator('.views [data-view="week"]').click();
      await expect(shownRuns(page, meeting.id)).toHaveCount(0);
      for (const { id, side } of cutByNewsDays) {
        await expect(shownRuns(page, id)).toHaveText(wordsOf(dataset, id, side, isPhone(page)), {
          useInnerText: true,
        });
      }
    },
  );

  test('each view and each move lays the lanes out afresh: bars inside their lanes, none overlapping, no lane left taller', async ({
    page,
  }) => {
    await openPage(page);
    await settle(page);
    expect(await laneProblems(page), 'on opening').toEqual([]);
    // A little later and back: the bars the news days cut keep their words, the lanes their fit.
    await drag(page, -0.08);
    await settle(page);
    expect(await laneProblems(page), 'after a drag').toEqual([]);
    for (const view of ['background', 'all', 'background', 'week', 'all', 'week']) {
      await page.locator(`.views [data-view="${view}"]`).click();
      await expect(page.locator(`.views [data-view="${view}"]`)).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      await settle(page);
      expect(await laneProblems(page), `after ${view}`).toEqual([]);
    }
  });
});
