import type { Page } from '@playwright/test';
import { buildDataset } from '../src/dataset/buildDataset.ts';
import type { Dataset } from '../src/model/dataset.ts';
import {
  details,
  detailsTitle,
  expect,
  listButton,
  openPage,
  test,
  timelineItem,
} from './timelineTest.ts';

const article =
  'Trade ministers met again on Friday. Talks were held March 3-5 in Riyadh, officials said. ' +
  'A blast shook the port at 10:30 a.m. EST on March 3. Rebels struck the pipeline less than two weeks ago.';

/**
 * A story of one article whose events are dated by the data build itself: a stretch the text gives
 * day by day, a clock time with its zone, and a span the event falls somewhere within.
 */
function datedStory(): Dataset {
  const event = (id: string, title: string, kind: string, quote: string, expression: string) => ({
    id,
    title,
    kind,
    status: 'happened',
    evidence: [{ source: 'report', quote, when: { expression } }],
  });
  return buildDataset({
    seeds: [{ id: 'report', file: 'seeds/report.txt', text: article }],
    story: {
      file: 'data/story.json',
      json: { title: 'Dates', description: 'Dates the text gives.' },
    },
    sources: {
      file: 'data/sources.json',
      json: { report: { published: { date: '2025-03-07', reasoning: ['test'] } } },
    },
    events: {
      file: 'data/events.json',
      json: [
        event(
          'riyadh-talks',
          'Talks in Riyadh',
          'meeting',
          'Talks were held March 3-5 in Riyadh',
          'March 3-5',
        ),
        event(
          'port-blast',
          'Blast at the port',
          'attack',
          'A blast shook the port at 10:30 a.m. EST on March 3',
          'at 10:30 a.m. EST on March 3',
        ),
        event(
          'pipeline-strike',
          'Rebels strike the pipeline',
          'attack',
          'Rebels struck the pipeline less than two weeks ago',
          'less than two weeks ago',
        ),
      ],
    },
  }).dataset;
}

const story = datedStory();
const byId = (id: string) => {
  const found = story.events.find((e) => e.id === id);
  if (!found) throw new Error(`the story has no event ${id}`);
  return found;
};

async function openStory(page: Page): Promise<void> {
  await page.route('**/timeline.json', (route) => route.fulfill({ json: story }));
  await openPage(page);
  await page.locator('[data-view="all"]').click();
}

test.describe('dates the text gives exactly', () => {
  test('the masthead counts a story of one article in the singular', async ({ page }) => {
    expect(story.sources).toHaveLength(1);
    await openStory(page);
    await expect(page.locator('.provenance')).toContainText(
      `${story.events.length} events from 1 article.`,
    );
  });

  test('a stretch of named days is drawn like a day, not hatched like a span the event falls within', async ({
    page,
  }) => {
    const talks = byId('riyadh-talks');
    expect(talks.date).toMatchObject({ granularity: 'span', exactDays: true });
    expect(byId('pipeline-strike').date).toMatchObject({ granularity: 'span' });
    expect(byId('pipeline-strike').date.exactDays).toBeUndefined();
    await openStory(page);

    await expect(timelineItem(page, 'riyadh-talks')).toHaveClass(/\bdate-precise\b/);
    await expect(timelineItem(page, 'pipeline-strike')).toHaveClass(/\bdate-imprecise\b/);
    // Hatching is the imprecise date's striped background.
    await expect(timelineItem(page, 'riyadh-talks')).toHaveCSS('background-image', 'none');
    await expect(timelineItem(page, 'pipeline-strike')).not.toHaveCSS('background-image', 'none');
    // A screen reader hears the list: the span the event falls within says so; the stretch does not.
    await expect(listButton(page, 'riyadh-talks')).toContainText(talks.date.label);
    await expect(listButton(page, 'riyadh-talks')).not.toContainText('some time within');
    await expect(listButton(page, 'pipeline-strike')).toContainText(
      `some time within ${byId('pipeline-strike').date.label}`,
    );
  });

  test('a clock time shows as the article stated it, in the list and the details, in every zone', async ({
    page,
  }) => {
    const blast = byId('port-blast');
    // The build's label carries the article's own clock and zone.
    expect(blast.date.value).toBe('2025-03-03T10:30');
    expect(blast.date.label).toContain('10:30 am EST');
    await openStory(page);

    await expect(listButton(page, 'port-blast')).toContainText(blast.date.label);
    await listButton(page, 'port-blast').click();
    await expect(detailsTitle(page)).toHaveText(blast.title);
    const time = details(page).locator('.details-date time');
    await expect(time).toHaveText(blast.date.label);
    await expect(time).toHaveAttribute('datetime', '2025-03-03T10:30');
  });
});
