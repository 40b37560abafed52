import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { systemChromium } from './browser.ts';

/** Stops the browser tests at once, with a way out, when there is no browser to drive. */
export default function globalSetup(): void {
  const system = systemChromium();
  if (system !== undefined) {
    if (!existsSync(system)) {
      throw new Error(
        `CHROMIUM_PATH is set to ${system}, but there is no file there. ` +
          'Point it at a Chromium or Chrome executable, or unset it.',
      );
    }
    return;
  }
  if (!existsSync(chromium.executablePath())) {
    throw new Error(
      'No browser for the end-to-end tests. Install one of:\n' +
        '  - Debian/Ubuntu: sudo apt-get install chromium   (used from /usr/bin/chromium)\n' +
        "  - Playwright's own build: npx playwright install chromium\n" +
        '  - any Chromium or Chrome: export CHROMIUM_PATH=/path/to/chrome',
    );
  }
}
