import { existsSync } from 'node:fs';

/**
 * Which Chromium the browser tests drive. A system Chromium wins (CHROMIUM_PATH, else Debian's
 * /usr/bin/chromium) because machines without internet cannot download Playwright's own build.
 * `undefined` means Playwright's bundled browser.
 */
export function systemChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** Flags that keep a headless Chromium quiet on a closed network and runnable as root. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
