import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { chronological } from '../src/model/chronological.ts';
import type { Dataset } from '../src/model/dataset.ts';
import { detailsTitle, expect, listButton, openPage, test } from './timelineTest.ts';

const focusedId = (page: Page) => page.evaluate('document.activeElement?.id ?? null');
const focusInList = (page: Page) =>
  page.evaluate(`Boolean(document.activeElement?.closest('.event-list ol'))`);

/** Tabs from the top of the page until the list has focus; fails if it never does. */
async function tabIntoList(page: Page): Promise<void> {
  for (let i = 0; i < 40 && !(await focusInList(page)); i++) await page.keyboard.press('Tab');
  expect(await focusInList(page), 'Tab never reached the event list').toBe(true);
}

/** The story with every event repeated `times` times under new ids: a list longer than a step. */
function repeated(dataset: Dataset, times: number): Dataset {
  const events = dataset.events.flatMap((event) =>
    Array.from({ length: times }, (_, n) => ({ ...event, id: `${event.id}-${n + 1}` })),
  );
  return { ...dataset, events: chronological(events) };
}

test.describe('the event list and the keyboard', () => {
  test(
    'the list is one Tab stop, and arrows, Home and End move through it',
    { tag: '@zone-free' },
    async ({ page, dataset }) => {
      const ordered = chronological(dataset.events);
      const [first, second] = ordered;
      const last = ordered.at(-1);
      if (!first || !second || !last) throw new Error('the dataset needs two events');
      await openPage(page);

      await tabIntoList(page);
      await expect.poll(() => focusedId(page)).toBe(`list-${first.id}`);
      // One more Tab leaves the list, however many events it holds; Shift+Tab comes back.
      await page.keyboard.press('Tab');
      await expect.poll(() => focusInList(page)).toBe(false);
      await page.keyboard.press('Shift+Tab');
      await expect.poll(() => focusedId(page)).toBe(`list-${first.id}`);

      await page.keyboard.press('End');
      await expect.poll(() => focusedId(page)).toBe(`list-${last.id}`);
      await expect(detailsTitle(page)).toHaveText(last.title);
      await page.keyboard.press('Home');
      await expect.poll(() => focusedId(page)).toBe(`list-${first.id}`);
      await expect(detailsTitle(page)).toHaveText(first.title);
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => focusedId(page)).toBe(`list-${second.id}`);
      await expect(detailsTitle(page)).toHaveText(second.title);

      // Leaving and coming back lands on the entry the reader left, not the top of the list.
      await page.keyboard.press('Tab');
      await expect.poll(() => focusInList(page)).toBe(false);
      await page.keyboard.press('Shift+Tab');
      await expect.poll(() => focusedId(page)).toBe(`list-${second.id}`);
      // Every entry is still a button a click, a tap or a screen reader can press.
      await expect(page.locator('.event-list ol button[tabindex="0"]')).toHaveCount(1);
      await expect(page.locator('.event-list ol button')).toHaveCount(ordered.length);
      await listButton(page, last.id).click();
      await expect(detailsTitle(page)).toHaveText(last.title);
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    },
  );

  test(
    'End reaches the last of hundreds of events, past what the list has rendered',
    { tag: '@zone-free' },
    async ({ page, dataset }) => {
      const long = repeated(dataset, 10);
      const first = long.events[0];
      const last = long.events.at(-1);
      if (!first || !last) throw new Error('no events');
      await page.route('**/timeline.json', (route) => route.fulfill({ json: long }));
      await openPage(page);
      // Windowed: the last entry is not in the page until the keyboard goes to it.
      await expect(listButton(page, last.id)).toHaveCount(0);

      await tabIntoList(page);
      await expect.poll(() => focusedId(page)).toBe(`list-${first.id}`);
      await page.keyboard.press('End');
      await expect(listButton(page, last.id)).toBeFocused();
      await expect(detailsTitle(page)).toHaveText(last.title);
      await page.keyboard.press('Tab');
      await expect.poll(() => focusInList(page)).toBe(false);
      await page.keyboard.press('Home');
      await expect.poll(() => focusInList(page)).toBe(false);
      await page.keyboard.press('Shift+Tab');
      await expect(listButton(page, last.id)).toBeFocused();
      await page.keyboard.press('Home');
      await expect(listButton(page, first.id)).toBeFocused();
    },
  );

  test(
    'when a filter takes away the entry that has focus, focus goes to the list, not the page',
    { tag: '@zone-free' },
    async ({ page, dataset }) => {
      const [first] = chronological(dataset.events);
      if (!first) throw new Error('no events');
      const kept = chronological(dataset.events.filter((e) => e.kind !== first.kind));
      const next = kept[0];
      if (!next) throw new Error('the dataset needs an event of a second kind');
      await openPage(page);
      await tabIntoList(page);
      await expect(listButton(page, first.id)).toBeFocused();

      // As when the search applies after the reader has tabbed on into the list: the filter
      // changes without focus leaving the entry it takes away.
      await page.getByLabel('Kind').evaluate((select, kind) => {
        Object.assign(select, { value: kind });
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }, next.kind);
      await expect(listButton(page, first.id)).toHaveCount(0);
      await expect(listButton(page, next.id)).toBeFocused();
      await expect(listButton(page, next.id)).toHaveAttribute('tabindex', '0');

      // Focus outside the list stays where the reader put it, though the entry last focused goes.
      await page.getByLabel('Kind').focus();
      await page.getByLabel('Kind').selectOption(first.kind);
      await expect(listButton(page, next.id)).toHaveCount(0);
      await expect(listButton(page, first.id)).toHaveCount(1);
      await expect(page.getByLabel('Kind')).toBeFocused();
    },
  );

  test(
    'when a filter takes away every entry, focus goes to the message that none match, and back to the list',
    { tag: '@zone-free' },
    async ({ page, dataset }) => {
      const [first] = chronological(dataset.events);
      if (!first) throw new Error('no events');
      const words = 'zzqx-no-event-says-this';
      expect(
        dataset.events.some((e) => JSON.stringify(e).toLowerCase().includes(words)),
        'the search words must match no event',
      ).toBe(false);
      await openPage(page);
      await tabIntoList(page);
      await expect(listButton(page, first.id)).toBeFocused();

      // As when the search applies after the reader has tabbed on into the list: the words change
      // without focus leaving the list (React reads the value through the native setter).
      const typeWithoutFocus = (value: string) =>
        page.evaluate(`(() => {
          const input = document.querySelector('.filters input[type="search"]');
          Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, ${JSON.stringify(value)});
          input.dispatchEvent(new Event('input', { bubbles: true }));
        })()`);
      await typeWithoutFocus(words);
      await expect(page.locator('.event-list ol button')).toHaveCount(0);
      const none = page.locator('.event-list .empty');
      await expect(none).toHaveText('No event matches these filters.');
      await expect(none).toBeFocused();

      // The entries come back: focus returns to the list's Tab stop, not the page.
      await typeWithoutFocus('');
      await expect(listButton(page, first.id)).toBeFocused();
      await expect(listButton(page, first.id)).toHaveAttribute('tabindex', '0');
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    },
  );
});
