import type { Page } from '@playwright/test';

/** What a reader does once the page is up, timed in milliseconds. */
export interface InteractionFigures {
  /** Every frame interval while the timeline was dragged. */
  dragFrames: number[];
  /** Clicking an event in the list until the frame after its details are shown. */
  listSelect: number;
  /** Each keystroke in the search box until the next frame. */
  keystrokes: number[];
  /** Typing the whole query until the list shows the filtered count. */
  searchDone: number;
  /** The longest frame while the timeline zooms out to the "Whole story" view. */
  wholeStory: number;
}

/** Records requestAnimationFrame intervals in the page until `benchFrames.stop()`. */
const recordFrames = `(() => {
  const frames = [];
  let last = performance.now();
  let running = true;
  const tick = (now) => {
    frames.push(now - last);
    last = now;
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  window.benchFrames = { stop: () => { running = false; return frames; } };
})()`;

/** Time from `before` to the first frame after it plus a task (the frame's work done). */
const afterNextFrame = `new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))`;

async function drag(page: Page): Promise<number[]> {
  const box = await page.locator('.timeline-canvas').boundingBox();
  if (!box) return [];
  const y = box.y + Math.min(box.height / 2, 60);
  const x = box.x + box.width * 0.8;
  await page.evaluate(recordFrames);
  await page.mouse.move(x, y);
  await page.mouse.down();
  // Half the chart to the left and back, about a second each way, as a reader drags.
  const step = box.width / 60;
  for (let i = 1; i <= 60; i++) {
    await page.mouse.move(i <= 30 ? x - i * step : x - (60 - i) * step, y);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  const frames = await page.evaluate('window.benchFrames.stop()');
  // The first interval spans the set-up, not a frame of dragging.
  return (frames as number[]).slice(1);
}

/** The longest frame in the three seconds after the "Whole story" view button is pressed. */
async function showWholeStory(page: Page): Promise<number> {
  if ((await page.locator('button[data-view="all"]').count()) === 0) return Number.NaN;
  return page.evaluate(`(async () => {
    const frames = [];
    let last = performance.now();
    const start = last;
    document.querySelector('button[data-view="all"]').click();
    while (performance.now() - start < 3000) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const now = performance.now();
      frames.push(now - last);
      last = now;
    }
    return Math.max(...frames);
  })()`);
}

async function selectFromList(page: Page): Promise<number> {
  const button = page.locator('.event-list button[data-event-id]').nth(3);
  if ((await button.count()) === 0) return Number.NaN;
  await button.scrollIntoViewIfNeeded();
  await page.waitForTimeout(200);
  return page.evaluate(`(async () => {
    const button = document.querySelectorAll('.event-list button[data-event-id]')[3];
    const start = performance.now();
    button.click();
    await ${afterNextFrame};
    return performance.now() - start;
  })()`);
}

/**
 * Types `query` into the search box one character at a time, the way the browser delivers
 * typing to React (native value setter, then an input event), and times each keystroke to the
 * next frame, then the whole query until the count of shown events changes (in stories of more
 * than 200 events this includes the 150 ms the page waits for typing to pause).
 */
async function search(page: Page, query: string): Promise<{ keystrokes: number[]; done: number }> {
  const input = page.locator('input[type="search"]');
  if ((await input.count()) === 0) return { keystrokes: [], done: Number.NaN };
  await input.scrollIntoViewIfNeeded();
  await input.focus();
  return page.evaluate(`(async () => {
    const input = document.querySelector('input[type="search"]');
    // The count reads "N events", or "n of N events" once a filter applies; the "Clear filters"
    // button beside it appears with the first keystroke, so only the figures are compared.
    const count = document.querySelector('.filter-count');
    const figures = () => ((count && count.textContent) || '').match(/[0-9]+( of [0-9]+)? events/)?.[0];
    const before = figures();
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    const keystrokes = [];
    const start = performance.now();
    for (const character of ${JSON.stringify(query)}) {
      const pressed = performance.now();
      setValue.call(input, input.value + character);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await ${afterNextFrame};
      keystrokes.push(performance.now() - pressed);
    }
    while (count && figures() === before && performance.now() - start < 30000) {
      await ${afterNextFrame};
    }
    return { keystrokes, done: performance.now() - start };
  })()`);
}

/**
 * Waits for the live timeline (up to `readyMs`), then drags it, picks an event from the list and
 * searches, in that order. A page that never gets there yields no figures (NaN), not a crash.
 */
export async function measureInteractions(
  page: Page,
  query: string,
  readyMs: number,
): Promise<InteractionFigures> {
  const ready = await page
    .locator('.timeline-canvas[data-ready="true"]')
    .waitFor({ timeout: readyMs })
    .then(() => true)
    .catch(() => false);
  if (!ready) {
    const none = Number.NaN;
    return { dragFrames: [], listSelect: none, keystrokes: [], searchDone: none, wholeStory: none };
  }
  const dragFrames = await drag(page);
  const listSelect = await selectFromList(page);
  const typed = await search(page, query);
  const wholeStory = await showWholeStory(page);
  return {
    dragFrames,
    listSelect,
    keystrokes: typed.keystrokes,
    searchDone: typed.done,
    wholeStory,
  };
}
