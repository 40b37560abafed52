import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { endOfISOWeek, format, startOfISOWeek } from 'date-fns';
import { dayMonthYear, dayRange } from '../src/app/displayDate.ts';
import { endOfLocalDate, localDate } from '../src/app/localDate.ts';
import type { Dataset } from '../src/model/dataset.ts';
import type { TimelineEvent } from '../src/model/event.ts';
import { expect, openPage, test, timelineItem, witkoffMeeting } from './timelineTest.ts';

/** Where the items are drawn: the timeline without its lane labels. */
const itemArea = async (page: Page) => {
  const box = await page.locator('.timeline-canvas .vis-panel.vis-center').boundingBox();
  if (!box) throw new Error('timeline not laid out');
  return box;
};

/** The words an item shows where a view cuts its bar: the one visible `.item-runs`. */
const shownRuns = (page: Page, id: string): Locator =>
  timelineItem(page, id).locator('.item-runs').locator('visible=true');

/**
 * Witkoff items the news days (6–8 Aug 2025) cut, with the words each shows: a stretch the text
 * gives only as "since January" up to the meeting, a year and a month given by their labels.
 */
const cutWitkoff = [
  { id: 'peace-talks-in-turkey', words: '← 1 Jan 2025 – 7 Aug 2025', short: '← Jan 2025' },
  { id: 'trump-meets-zelensky-this-year', words: '← 2025, runs past both edges', short: '↔ 2025' },
  {
    id: 'white-house-names-china',
    words: '← by August 2025, runs past both edges',
    short: '↔ Aug 2025',
  },
];

test.describe('stretches beside the news days', () => {
  test('a bar the news days cut says in words where it begins and ends, inside the bar at the edge of the timeline', async ({
    page,
    dataset,
  }) => {
    await openPage(page);
    await expect(page.locator('.views [data-view="week"]')).toHaveAttribute('aria-pressed', 'true');
    const area = await itemArea(page);
    // A phone shows the short form (see the test below).
    const phone = (page.viewportSize()?.width ?? Infinity) <= 576;
    for (const { id, words, short } of cutWitkoff) {
      const runs = shownRuns(page, id);
      await expect(runs).toHaveCount(1);
      await expect(runs).toHaveText(phone ? short : words, { useInnerText: true });
      // Each is cut at its start: the words sit at the left edge of the timeline.
      const box = await runs.boundingBox();
      if (!box) throw new Error(`no words on ${id}`);
      expect(box.x).toBeGreaterThanOrEqual(area.x);
      expect(box.x).toBeLessThan(area.x + 24);
      // The label stays inside the part of the bar on screen, not past its end.
      const bar = await timelineItem(page, id).boundingBox();
      const label = await timelineItem(page, id).locator('.vis-item-content').boundingBox();
      if (!bar || !label) throw new Error(`${id} not laid out`);
      expect(label.x + label.width).toBeLessThanOrEqual(
        Math.min(bar.x + bar.width, area.x + area.width) + 1,
      );
    }
    // A day inside the view is not cut and says nothing of the kind.
    await expect(shownRuns(page, witkoffMeeting(dataset).id)).toHaveCount(0);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

    // The whole story cuts no bar: the words go with the cut.
    await page.locator('.views [data-view="all"]').click();
    for (const { id } of cutWitkoff) await expect(shownRuns(page, id)).toHaveCount(0);
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

    test('a cut bar says only the arrow and the month or year, leaving room for its title', async ({
      page,
    }) => {
      await openPage(page);
      await expect(page.locator('.views [data-view="week"]')).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      const area = await itemArea(page);
      for (const { id, short } of cutWitkoff) {
        const runs = shownRuns(page, id);
        await expect(runs).toHaveText(short, { useInnerText: true });
        const box = await runs.boundingBox();
        if (!box) throw new Error(`no words on ${id}`);
        expect(box.width).toBeLessThan(area.width / 3);
      }
    });
  });

  test('a week-precision event around the news days widens their view to the whole week', async ({
    page,
    dataset,
  }) => {
    // The story with one event more: something that happened "this week", the week of the
    // Witkoff meeting, dated to the week only.
    const meeting = witkoffMeeting(dataset);
    const day = localDate(meeting.date.start);
    const [monday, sunday] = [startOfISOWeek(day), endOfISOWeek(day)];
    const week: TimelineEvent = {
      ...meeting,
      id: 'talks-this-week',
      title: 'Talks go on all week',
      date: {
        value: format(day, "RRRR-'W'II"),
        start: format(monday, 'yyyy-MM-dd'),
        end: format(sunday, 'yyyy-MM-dd'),
        granularity: 'week',
        label: `week of ${dayMonthYear(monday)}`,
        derivation: { kind: 'editorial', reason: 'A week-precision event for this test.' },
      },
    };
    const altered: Dataset = { ...dataset, events: [...dataset.events, week] };
    await page.route('**/timeline.json', (route) => route.fulfill({ json: altered }));
    await openPage(page);

    const view = page.locator('.views [data-view="week"]');
    await expect(view).toHaveAttribute('aria-pressed', 'true');
    await expect(view).toHaveText(dayRange({ start: monday, end: endOfLocalDate(week.date.end) }));
    const area = await itemArea(page);
    for (const id of [week.id, meeting.id]) {
      await expect(timelineItem(page, id)).toBeVisible();
      const box = await timelineItem(page, id).boundingBox();
      if (!box) throw new Error(`${id} not laid out`);
      expect(box.x).toBeGreaterThanOrEqual(area.x - 1);
      expect(box.x + box.width).toBeLessThanOrEqual(area.x + area.width + 1);
    }
    // Framed whole, the week is cut by nothing.
    await expect(shownRuns(page, week.id)).toHaveCount(0);
  });
});
