import AxeBuilder from '@axe-core/playwright';
import { chronological } from '../src/model/chronological.ts';
import { sourceName } from '../src/model/sourceName.ts';
import {
  backgroundEvents,
  details,
  detailsTitle,
  expect,
  listButton,
  openPage,
  test,
  timelineItem,
  witkoffMeeting,
} from './timelineTest.ts';

test.describe('selecting an event', () => {
  test(
    'a click on a timeline item opens its details with every sourced quote',
    { tag: '@desktop' },
    async ({ page, dataset }) => {
      const meeting = witkoffMeeting(dataset);
      await openPage(page);
      await timelineItem(page, meeting.id).click();

      await expect(detailsTitle(page)).toHaveText(meeting.title);
      expect(new URL(page.url()).hash).toBe(`#event=${meeting.id}`);
      await expect(details(page).locator('time')).toHaveText(meeting.date.label);
      const derivation = meeting.date.derivation;
      await expect(details(page).locator('.derivation-text')).toHaveText(
        derivation.kind === 'text' ? derivation.explanation : derivation.reason,
      );

      const quotes = details(page).locator('blockquote');
      await expect(quotes).toHaveCount(meeting.evidence.length);
      for (const [i, evidence] of meeting.evidence.entries()) {
        const source = dataset.sources.find((s) => s.id === evidence.source);
        if (!source) throw new Error(`unknown source ${evidence.source}`);
        await expect(quotes.nth(i).locator('mark')).toHaveText(evidence.quote);
        await expect(quotes.nth(i).locator('cite')).toContainText(sourceName(source));
      }
      await expect(details(page).getByText('The sources disagree on this date')).toHaveCount(
        meeting.disagreements.length > 0 ? 1 : 0,
      );
      await expect(listButton(page, meeting.id)).toHaveAttribute('aria-current', 'true');
      await expect(timelineItem(page, meeting.id)).toHaveClass(/vis-selected/);
    },
  );

  test(
    'a date the sources disagree on is said plainly in the details',
    { tag: '@zone-free' },
    async ({ page, dataset }) => {
      // The real story has no disagreement today; serve a copy with one added to the meeting.
      const meeting = witkoffMeeting(dataset);
      const evidence = meeting.evidence[0];
      if (!evidence) throw new Error('no evidence');
      const disagreement = {
        source: evidence.source,
        expression: evidence.quote.slice(0, 12),
        value: '2025-06-08',
        start: '2025-06-08',
        end: '2025-06-08',
        explanation: 'Read month-first, the numbers would give 8 June.',
      };
      const altered = {
        ...dataset,
        events: dataset.events.map((e) =>
          e.id === meeting.id ? { ...e, disagreements: [disagreement] } : e,
        ),
      };
      await page.route('**/timeline.json', (route) => route.fulfill({ json: altered }));
      await page.goto(`./#event=${meeting.id}`);
      const note = details(page).getByRole('note');
      await expect(note).toContainText('The sources disagree on this date.');
      await expect(note).toContainText(disagreement.explanation);
      await expect(note).toContainText(disagreement.expression);
    },
  );

  test(
    'a tap opens the details below the timeline, and a finger pans it',
    { tag: '@phone' },
    async ({ page, dataset }) => {
      const meeting = witkoffMeeting(dataset);
      await openPage(page);
      await timelineItem(page, meeting.id).tap();
      await expect(detailsTitle(page)).toHaveText(meeting.title);

      const timelineBox = await page.locator('.timeline-canvas').boundingBox();
      const detailsBox = await details(page).boundingBox();
      if (!timelineBox || !detailsBox) throw new Error('timeline or details not laid out');
      expect(detailsBox.y).toBeGreaterThanOrEqual(timelineBox.y + timelineBox.height);

      // Swipe left across the chart with one finger: the item follows the finger.
      const item = timelineItem(page, meeting.id);
      const x = () => item.evaluate((el) => el.getBoundingClientRect().x);
      await item.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      const before = await x();
      const y = await item.evaluate((el) => el.getBoundingClientRect().bottom + 4);
      const cdp = await page.context().newCDPSession(page);
      const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', at: number) =>
        cdp.send('Input.dispatchTouchEvent', {
          type,
          touchPoints: type === 'touchEnd' ? [] : [{ x: at, y }],
        });
      await touch('touchStart', 300);
      for (let at = 290; at >= 220; at -= 10) {
        await touch('touchMove', at);
        await page.waitForTimeout(16); // a finger moves over frames, not all at once
      }
      await touch('touchEnd', 220);
      await expect.poll(x).toBeLessThan(before - 40);
    },
  );

  test(
    'a link to an event opens it, and back and forward move between selections',
    { tag: '@zone-free' },
    async ({ page, dataset }) => {
      const [first, second] = backgroundEvents(dataset);
      if (!first || !second) throw new Error('the dataset needs two background events');
      await openPage(page, `#event=${first.id}`);
      await expect(detailsTitle(page)).toHaveText(first.title);
      // The linked event is brought into view on the timeline, even years from the news days.
      await expect(timelineItem(page, first.id)).toBeVisible();
      await expect(timelineItem(page, first.id)).toHaveClass(/vis-selected/);

      await listButton(page, second.id).click();
      await expect(detailsTitle(page)).toHaveText(second.title);
      expect(new URL(page.url()).hash).toBe(`#event=${second.id}`);

      await page.goBack();
      await expect(detailsTitle(page)).toHaveText(first.title);
      await expect(listButton(page, first.id)).toHaveAttribute('aria-current', 'true');
      await page.goForward();
      await expect(detailsTitle(page)).toHaveText(second.title);
      await expect(timelineItem(page, second.id)).toHaveClass(/vis-selected/);
    },
  );

  test(
    'the list and the details render before the timeline library arrives',
    { tag: '@zone-free' },
    async ({ page, dataset }) => {
      const meeting = witkoffMeeting(dataset);
      let release = () => {};
      const gate = new Promise<void>((resolve) => (release = resolve));
      await page.route(/vis-timeline-graph2d.*\.js$/, async (route) => {
        await gate;
        await route.continue();
      });
      await page.goto(`./#event=${meeting.id}`);
      await expect(detailsTitle(page)).toHaveText(meeting.title);
      await expect(page.locator('.event-list button')).toHaveCount(dataset.events.length);
      await expect(page.locator('.vis-timeline')).toHaveCount(0);
      release();
      await expect(timelineItem(page, meeting.id)).toBeVisible();
    },
  );
});

test.describe('keyboard', () => {
  test(
    'Tab reaches the list, Enter opens, arrows move, Escape closes',
    { tag: ['@zone-free', '@desktop'] },
    async ({ page, dataset }) => {
      const ordered = chronological(dataset.events);
      const [first, second] = ordered;
      if (!first || !second) throw new Error('the dataset needs two events');
      await openPage(page);

      const focused = page.locator(':focus');
      for (let i = 0; i < 20; i++) {
        await page.keyboard.press('Tab');
        if ((await focused.getAttribute('id')) === `list-${first.id}`) break;
      }
      await expect(focused).toHaveAttribute('id', `list-${first.id}`);
      // Focus is always visible: a real outline, not the browser's default removed.
      expect(await page.evaluate('getComputedStyle(document.activeElement).outlineStyle')).not.toBe(
        'none',
      );

      await page.keyboard.press('Enter');
      await expect(detailsTitle(page)).toHaveText(first.title);
      await page.keyboard.press('ArrowDown');
      await expect(focused).toHaveAttribute('id', `list-${second.id}`);
      await expect(detailsTitle(page)).toHaveText(second.title);
      await page.keyboard.press('ArrowUp');
      await expect(detailsTitle(page)).toHaveText(first.title);

      await page.keyboard.press('Escape');
      await expect(detailsTitle(page)).toHaveCount(0);
      expect(new URL(page.url()).hash).toBe('');
      await expect(focused).toHaveAttribute('id', `list-${first.id}`);
    },
  );

  test(
    'Read in the article opens the whole text with the passage marked and in view',
    { tag: '@zone-free' },
    async ({ page, dataset }) => {
      const meeting = witkoffMeeting(dataset);
      const last = meeting.evidence.at(-1);
      if (!last) throw new Error('no evidence');
      const source = dataset.sources.find((s) => s.id === last.source);
      if (!source) throw new Error('unknown source');
      await openPage(page, `#event=${meeting.id}`);
      await details(page).getByRole('button', { name: 'Read in the article' }).last().click();

      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('heading')).toContainText(sourceName(source));
      await expect(dialog.locator('mark')).toHaveText(last.quote);
      await expect(dialog.locator('mark')).toBeInViewport();
      const text = (await dialog.locator('.reader-text').innerText()).replace(/\s+/g, ' ');
      expect(text.trim()).toBe(source.text.replace(/\s+/g, ' ').trim());

      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
      await expect(detailsTitle(page)).toHaveText(meeting.title);
    },
  );
});

test.describe('finding events', () => {
  const drawnIds = (page: import('@playwright/test').Page) =>
    page
      .locator('.timeline-canvas .vis-item[data-id]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-id')).sort());
  const expectDrawn = async (page: import('@playwright/test').Page, ids: string[]) => {
    // The whole-story view puts every event inside the window, so every item is in the DOM.
    await page.locator('[data-view="all"]').click();
    await expect.poll(() => drawnIds(page)).toEqual(ids);
  };
  const listedIds = (page: import('@playwright/test').Page) =>
    page
      .locator('.event-list button')
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-event-id')).sort());

  test(
    'filters by article, person and kind, and a search, apply to list and timeline',
    { tag: ['@zone-free', '@desktop'] },
    async ({ page, dataset }) => {
      await openPage(page);
      const ids = (events: typeof dataset.events) => events.map((e) => e.id).sort();

      const source = dataset.sources.find((s) =>
        dataset.events.some((e) => !e.evidence.some((x) => x.source === s.id)),
      );
      if (!source) throw new Error('every article reports every event: nothing to filter');
      await page.getByLabel('Article').selectOption(source.id);
      const bySource = ids(
        dataset.events.filter((e) => e.evidence.some((x) => x.source === source.id)),
      );
      await expect.poll(() => listedIds(page)).toEqual(bySource);
      await expectDrawn(page, bySource);
      await page.getByLabel('Article').selectOption('');

      const person = dataset.events.flatMap((e) => e.people).find((p) => p.includes('Zelensk'));
      if (!person) throw new Error('no Zelensky in the dataset');
      await page.getByLabel('Person').selectOption(person);
      const byPerson = ids(dataset.events.filter((e) => e.people.includes(person)));
      await expect.poll(() => listedIds(page)).toEqual(byPerson);
      await expectDrawn(page, byPerson);

      const kind = dataset.events.find((e) => e.people.includes(person))?.kind;
      if (!kind) throw new Error('unreachable');
      await page.getByLabel('Kind').selectOption(kind);
      const byBoth = ids(
        dataset.events.filter((e) => e.people.includes(person) && e.kind === kind),
      );
      await expect.poll(() => listedIds(page)).toEqual(byBoth);
      await page.getByRole('button', { name: 'Clear filters' }).click();
      await expect.poll(() => listedIds(page)).toEqual(ids(dataset.events));

      // A word that occurs only in a quote, never in a title or summary, still finds its event.
      const meeting = witkoffMeeting(dataset);
      const word = meeting.evidence
        .flatMap((e) => e.quote.split(/[^\p{L}]+/u))
        .filter((w) => w.length > 4)
        .find((w) => {
          const lower = w.toLowerCase();
          return !`${meeting.title} ${meeting.summary}`.toLowerCase().includes(lower);
        });
      if (!word) throw new Error('no quote-only word');
      await page.getByLabel('Search').fill(word);
      const bySearch = ids(
        dataset.events.filter((e) =>
          [e.title, e.summary, ...e.evidence.map((x) => x.quote)]
            .join(' ')
            .toLowerCase()
            .includes(word.toLowerCase()),
        ),
      );
      expect(bySearch).toContain(meeting.id);
      await expect.poll(() => listedIds(page)).toEqual(bySearch);
      await expectDrawn(page, bySearch);
    },
  );

  test(
    'one click shows the background, another the news days',
    { tag: '@zone-free' },
    async ({ page, dataset }) => {
      await openPage(page);
      const windowLeft = () =>
        page.locator('.overview-window').evaluate((el) => el.getBoundingClientRect().left);

      await page.locator('[data-view="background"]').click();
      for (const event of backgroundEvents(dataset)) {
        await expect(timelineItem(page, event.id)).toBeVisible();
      }
      const backgroundLeft = await windowLeft();

      await page.locator('[data-view="week"]').click();
      const canvas = await page.locator('.timeline-canvas').boundingBox();
      const item = await timelineItem(page, witkoffMeeting(dataset).id).boundingBox();
      if (!canvas || !item) throw new Error('timeline not laid out');
      expect(item.x).toBeGreaterThanOrEqual(canvas.x);
      expect(item.x + item.width).toBeLessThanOrEqual(canvas.x + canvas.width);
      // The overview strip follows: the window rectangle moves right, to the news days.
      expect(await windowLeft()).toBeGreaterThan(backgroundLeft + 50);
    },
  );
});

test.describe('dates', () => {
  test('the Witkoff meeting lies within its own day column in this time zone', async ({
    page,
    dataset,
  }) => {
    const meeting = witkoffMeeting(dataset);
    const day = Number(meeting.date.start.slice(8, 10));
    await openPage(page);
    await page.locator('[data-view="week"]').click();

    const labels = page.locator('.timeline-canvas .vis-time-axis .vis-text.vis-minor');
    const columns = await labels.evaluateAll((els) =>
      els
        .map((el) => ({ text: el.textContent ?? '', left: el.getBoundingClientRect().left }))
        .sort((a, b) => a.left - b.left),
    );
    const at = columns.findIndex((c) => new RegExp(`(^|\\D)${day}$`).test(c.text.trim()));
    const column = columns[at];
    const next = columns[at + 1];
    if (!column || !next)
      throw new Error(`no day column labelled ${day}: ${JSON.stringify(columns)}`);
    const item = await timelineItem(page, meeting.id).boundingBox();
    if (!item) throw new Error('item not laid out');
    expect(item.x).toBeGreaterThanOrEqual(column.left - 1);
    expect(item.x + Math.min(item.width, next.left - column.left)).toBeLessThanOrEqual(
      next.left + 1,
    );
    // The list and the details give the same calendar day, whatever the reader's zone.
    await expect(listButton(page, meeting.id).locator('.list-date')).toHaveText(meeting.date.label);
  });
});

test.describe('everyone can use it', () => {
  test('axe finds no violations, with and without details and the article open', async ({
    page,
    dataset,
  }) => {
    // Three full axe runs of the page: on a busy shared machine they outlast one test's limit.
    test.slow();
    const meeting = witkoffMeeting(dataset);
    await openPage(page);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await listButton(page, meeting.id).click();
    await expect(detailsTitle(page)).toHaveText(meeting.title);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await details(page).getByRole('button', { name: 'Read in the article' }).first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });

  test('nothing scrolls sideways', async ({ page, dataset }) => {
    const meeting = witkoffMeeting(dataset);
    const sideways = () =>
      page.evaluate(
        'document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth',
      );
    await openPage(page);
    expect(await sideways()).toBeLessThanOrEqual(0);
    await listButton(page, meeting.id).click();
    await expect(detailsTitle(page)).toHaveText(meeting.title);
    expect(await sideways()).toBeLessThanOrEqual(0);
    await page.locator('[data-view="all"]').click();
    expect(await sideways()).toBeLessThanOrEqual(0);
  });
});
