import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { endOfISOWeek, format, startOfISOWeek } from 'date-fns';
import { dayMonthYear, dayRange } from '../src/app/displayDate.ts';
import { endOfLocalDate, localDate } from '../src/app/localDate.ts';
import { runsPastWords } from '../src/app/runsPastWords.ts';
import { storyViews } from '../src/app/storyViews.ts';
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

/** What the label of `event` says where the news-days view cuts its bar, if it cuts it. */
function expectedRuns(event: TimelineEvent, news: { start: Date; end: Date }): string | null {
  const start = localDate(event.date.start);
  const end = endOfLocalDate(event.date.end);
  if (end <= news.start || start >= news.end) return null;
  const before = start < news.start;
  const after = end > news.end;
  const words = runsPastWords({ start, end });
  if (before && after) return words.both;
  if (before) return words.before;
  if (after) return words.after;
  return null;
}

test.describe('stretches beside the news days', () => {
  test('a bar the news days cut says in words where it begins and ends, at the edge of the timeline', async ({
    page,
    dataset,
  }) => {
    const news = storyViews(dataset).find((v) => v.id === 'week')?.window;
    if (!news) throw new Error('the story has no news days');
    const cut = dataset.events.flatMap((event) => {
      const words = expectedRuns(event, news);
      return words ? [{ event, words }] : [];
    });
    if (cut.length === 0) throw new Error('no stretch runs past the news days');
    await openPage(page);
    await expect(page.locator('.views [data-view="week"]')).toHaveAttribute('aria-pressed', 'true');
    const area = await itemArea(page);
    for (const { event, words } of cut) {
      const runs = shownRuns(page, event.id);
      await expect(runs).toHaveCount(1);
      await expect(runs).toHaveText(words);
      // Where the reader sees the bar: inside the timeline, from its left edge.
      const box = await runs.boundingBox();
      if (!box) throw new Error(`no words on ${event.id}`);
      expect(box.x).toBeGreaterThanOrEqual(area.x);
      expect(box.x).toBeLessThan(area.x + 24);
      expect(box.x + box.width).toBeLessThanOrEqual(area.x + area.width);
    }
    // A day inside the view is not cut and says nothing of the kind.
    await expect(shownRuns(page, witkoffMeeting(dataset).id)).toHaveCount(0);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

    // The whole story cuts no bar: the words go with the cut.
    await page.locator('.views [data-view="all"]').click();
    for (const { event } of cut) await expect(shownRuns(page, event.id)).toHaveCount(0);
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
