import { expect, type Page } from '@playwright/test';
import { builtEvents, embedTitle, test, watch } from './exportTest.ts';

const pymFrame = '#sourceline-embed iframe';
const iframe = (page: Page, selector = pymFrame) => page.locator(selector);

/** The framed page's content height, measured as the page itself reports it. */
async function contentHeight(page: Page, selector: string): Promise<number> {
  const frame = page.frameLocator(selector);
  return frame.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
}

async function iframeHeight(page: Page, selector: string): Promise<number> {
  return iframe(page, selector).evaluate((element) => element.getBoundingClientRect().height);
}

/** Waits until the host has sized the iframe to exactly its content, and returns that height. */
async function settledHeight(page: Page, selector = pymFrame): Promise<number> {
  let height = 0;
  await expect
    .poll(async () => {
      height = await contentHeight(page, selector);
      return (await iframeHeight(page, selector)) === height && height > 0;
    })
    .toBe(true);
  return height;
}

test.describe(
  'the export embedded in a pym.js parent page on another origin',
  { tag: '@zone-free' },
  () => {
    test('sizes its iframe to its content, with no scrollbar, and follows changes', async ({
      page,
      host,
      site,
    }) => {
      const seen = await watch(page);
      await page.goto(host.url);
      expect(new URL(host.url).origin).not.toBe(site.origin);
      await expect(iframe(page)).toHaveAttribute('title', embedTitle);
      const first = await settledHeight(page);

      const frame = page.frameLocator('#sourceline-embed iframe');
      const scrolls = await frame
        .locator('html')
        .evaluate((html) => html.scrollHeight > html.clientHeight);
      expect(scrolls).toBe(false);

      // Open and close a details element inside the frame: the iframe must grow, then shrink back.
      await frame.locator('body').evaluate((body) => {
        const document = body.ownerDocument;
        const details = document.createElement('details');
        details.id = 'probe';
        const summary = document.createElement('summary');
        summary.textContent = 'More';
        const block = document.createElement('p');
        block.textContent = 'A long paragraph. '.repeat(200);
        details.append(summary, block);
        body.append(details);
      });
      const withClosed = await settledHeight(page);
      await frame.locator('#probe summary').click();
      const withOpen = await settledHeight(page);
      expect(withOpen).toBeGreaterThan(withClosed);
      await frame.locator('#probe summary').click();
      expect(await settledHeight(page)).toBe(withClosed);
      expect(withClosed).toBeGreaterThanOrEqual(first);

      // The app's own details: opening and closing an event keeps the frame fitted.
      const event = builtEvents().at(-1);
      await frame.locator(`[id="list-${event?.id}"]`).click();
      await expect(frame.locator('#event-details blockquote').first()).toBeVisible();
      await settledHeight(page);
      await frame.locator('#event-details button.close').click();
      await expect(frame.locator('#event-details blockquote')).toHaveCount(0);
      const final = await settledHeight(page);

      const received = await page.evaluate(
        () => (globalThis as unknown as { received: unknown[] }).received,
      );
      expect(received.at(-1)).toEqual({ sentinel: 'amp', type: 'embed-size', height: final });
      expect(received.at(-2)).toBe(`pymxPYMxsourceline-embedxPYMxheightxPYMx${final}`);
      expect(seen.problems).toEqual([]);
    });

    test('answers the parent width message with its height', async ({ page, host }) => {
      await page.goto(host.url);
      await settledHeight(page);
      const heightMessages = () =>
        page.evaluate(() =>
          (globalThis as unknown as { received: unknown[] }).received.filter(
            (message): message is string =>
              typeof message === 'string' && message.includes('xPYMxheightxPYMx'),
          ),
        );
      const before = (await heightMessages()).length;
      await page.evaluate(() => (globalThis as unknown as { sendWidth: () => void }).sendWidth());
      // The answer is a height message; the page may still be settling, so compare the latest
      // message with the content height once both have come to rest.
      await expect.poll(async () => (await heightMessages()).length).toBeGreaterThan(before);
      await expect
        .poll(async () => {
          const height = await contentHeight(page, pymFrame);
          return (
            (await heightMessages()).at(-1) === `pymxPYMxsourceline-embedxPYMxheightxPYMx${height}`
          );
        })
        .toBe(true);
    });

    test('keeps a deep link to an event given in the iframe src', async ({ page, host }) => {
      const event = builtEvents()[0];
      if (!event) throw new Error('expected dist/timeline.json to hold events, found none');
      await page.goto(`${host.url}deep.html`);
      const frame = page.frameLocator('#sourceline-embed iframe');
      await expect
        .poll(() => frame.locator('html').evaluate((html) => html.ownerDocument.location.hash))
        .toBe(`#event=${event.id}`);
      await expect(frame.locator(`[id="list-${event.id}"]`)).toHaveAttribute(
        'aria-current',
        'true',
      );
      await expect(frame.locator('#event-details')).toContainText(event.title);
      await expect(iframe(page)).toHaveAttribute(
        'src',
        new RegExp(`childId=sourceline-embed.*#event=${event.id}$`),
      );
    });

    test("passes the host page's own #event= hash through to the frame", async ({ page, host }) => {
      const event = builtEvents().at(-1);
      if (!event) throw new Error('expected dist/timeline.json to hold events, found none');
      await page.goto(`${host.url}#event=${event.id}`);
      const frame = page.frameLocator('#sourceline-embed iframe');
      await expect
        .poll(() => frame.locator('html').evaluate((html) => html.ownerDocument.location.hash))
        .toBe(`#event=${event.id}`);
      await expect(frame.locator('#event-details')).toContainText(event.title);
    });
  },
);

test.describe("the README's plain iframe snippet on another origin", { tag: '@zone-free' }, () => {
  const plainFrame = '#sourceline-witkoff';

  test('sizes the frame to its content from the AMP message', async ({ page, host }) => {
    const seen = await watch(page);
    await page.goto(`${host.url}plain.html`);
    await expect(iframe(page, plainFrame)).toHaveAttribute('title', /\S/);
    const height = await settledHeight(page, plainFrame);
    expect(height).not.toBe(800);
    expect(seen.problems).toEqual([]);
  });

  test("passes the host page's #event= hash into the frame", async ({ page, host }) => {
    const event = builtEvents().at(-1);
    if (!event) throw new Error('expected dist/timeline.json to hold events, found none');
    await page.goto(`${host.url}plain.html#event=${event.id}`);
    await expect
      .poll(() =>
        page
          .frameLocator(plainFrame)
          .locator('html')
          .evaluate((html) => html.ownerDocument.location.hash),
      )
      .toBe(`#event=${event.id}`);
    await expect(page.frameLocator(plainFrame).locator('#event-details')).toContainText(
      event.title,
    );
  });
});
