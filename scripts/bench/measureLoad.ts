import type { Browser, Page } from '@playwright/test';
import { weigh, type ContentOf } from './servedContent.ts';

/** What one page load measured. Times are milliseconds from the start of navigation. */
export interface LoadFigures {
  /** The first frame in which an element matching the selector was visible on screen. */
  firstEvent: number;
  /** Cumulative layout shift up to that moment plus a settling second. */
  cls: number;
  /** Bytes of every response body, as sent and as gzip would send them. */
  bytes: { raw: number; gzip: number };
  /** Requests that left the local server (there should be none). */
  foreign: string[];
}

export const viewport = { width: 1280, height: 800 };

/**
 * Runs in the page before any of its scripts (as source text: this Node project has no DOM
 * types): each animation frame looks for the first element matching `selector` that is laid out
 * inside the viewport and not hidden by visibility, opacity or display, and records the frame's
 * time; layout shifts are summed as CLS.
 */
export function probeScript(selector: string): string {
  return `(() => {
  const selector = ${JSON.stringify(selector)};
  const state = { first: -1, cls: 0 };
  window.benchProbe = state;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) state.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  const seen = (element) => {
    const box = element.getBoundingClientRect();
    if (box.width <= 0 || box.height <= 0) return false;
    if (box.right <= 0 || box.bottom <= 0) return false;
    if (box.left >= innerWidth || box.top >= innerHeight) return false;
    return element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  };
  const tick = (now) => {
    for (const element of document.querySelectorAll(selector)) {
      if (seen(element)) {
        state.first = now;
        return;
      }
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;
}

type Probe = { benchProbe: { first: number; cls: number } };

/** Whether a URL is served by the benchmark's own server. */
const isLocal = (url: string) =>
  /^http:\/\/127\.0\.0\.1:\d+\//.test(url) || url.startsWith('data:');

/**
 * Opens `url` in a fresh context (empty cache), waits until an element matching `selector` is
 * visible or `timeoutMs` passes, and returns the figures. Anything requested from another origin
 * is refused and listed, so a page that reaches for a CDN cannot hide it.
 */
export async function measureLoad(
  browser: Browser,
  url: string,
  selector: string,
  timeoutMs: number,
  contentOf: ContentOf,
  then?: (page: Page) => Promise<void>,
): Promise<LoadFigures> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const foreign: string[] = [];
  const loaded: string[] = [];
  await page.route('**/*', (route) => {
    const requested = route.request().url();
    if (isLocal(requested)) return route.continue();
    foreign.push(requested);
    return route.abort();
  });
  page.on('requestfinished', (request) => loaded.push(request.url()));
  await page.addInitScript({ content: probeScript(selector) });
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await page
      .waitForFunction(() => (globalThis as unknown as Probe).benchProbe.first >= 0, null, {
        timeout: timeoutMs,
        polling: 100,
      })
      .catch(() => undefined);
    await page.waitForTimeout(1000);
    const { first, cls } = await page.evaluate(() => (globalThis as unknown as Probe).benchProbe);
    if (then) await then(page);
    return {
      firstEvent: first >= 0 ? first : Number.NaN,
      cls,
      bytes: weigh(loaded, contentOf),
      foreign,
    };
  } finally {
    await context.close();
  }
}
