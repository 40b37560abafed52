import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from '@playwright/test';
import { built, builtEvents, distSingle, mount, test, watch } from './exportTest.ts';
import { serveStatic } from './staticServer.ts';

const file = path.join(distSingle, 'index.html');
const csp = () => built(path.join(distSingle, 'csp.json'));

test.describe('the single-file build', { tag: '@zone-free' }, () => {
  test('opened from disk, shows the story and requests nothing but itself', async ({ page }) => {
    const seen = await watch(page);
    const url = pathToFileURL(built(file)).href;
    await page.goto(url);
    for (const event of builtEvents()) {
      await expect(page.locator(`[id="event=${event.id}"] h3`)).toHaveText(event.title);
    }
    await page.waitForLoadState('networkidle');
    expect(
      seen.requests.filter((request) => request !== url && !request.startsWith('data:')),
    ).toEqual([]);
    expect(seen.problems).toEqual([]);
  });

  test('runs under the policy made of its printed hashes, with no violation', async ({ page }) => {
    const { policy } = JSON.parse(readFileSync(csp(), 'utf8')) as {
      policy: string;
    };
    const served = await serveStatic({
      dir: distSingle,
      mount,
      headers: { 'Content-Security-Policy': policy },
    });
    try {
      const seen = await watch(page);
      await page.goto(served.url);
      const first = builtEvents()[0];
      await expect(page.locator(`[id="event=${first?.id}"] h3`)).toHaveText(first?.title ?? '');
      await expect(page.locator('html')).toHaveClass(/app-ready/);
      await expect(page.locator('.vis-timeline')).toBeVisible();
      await page.waitForLoadState('networkidle');
      expect(seen.problems).toEqual([]);
      expect(seen.requests.filter((request) => !request.startsWith('data:'))).toEqual([served.url]);
    } finally {
      await served.close();
    }
  });
});
