import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, systemChromium } from './e2e/browser.ts';
import { editorPort } from './e2e/editorStory.ts';

// Not vite's default 4173: other checkouts on the same machine may be serving there.
const port = Number(process.env.E2E_PORT ?? 4391);
const launchOptions = { executablePath: systemChromium(), args: chromiumArgs };

// Far west and far east of Greenwich: a calendar date must land on the same day in both.
const west = 'Pacific/Honolulu';
const east = 'Pacific/Kiritimati';

export default defineConfig({
  testDir: 'e2e',
  globalSetup: './e2e/globalSetup.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // A page under axe on a phone viewport took 10 s alone and over 30 s beside a second worker on
  // the shared CI machine; a passing test takes no longer for a roomier limit.
  timeout: 60_000,
  // Likewise for one assertion or poll: with the machine busy, a page took over 5 s to settle.
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? 'list' : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    trace: 'retain-on-failure',
  },
  // Tags choose where a test runs: @desktop (mouse and keyboard) and @phone (touch) by device;
  // @zone-free behaviour (the list and the keyboard, and the export's wiring: embeds, the CSP,
  // requests, relative paths, the page without JavaScript) runs once per device, while dates,
  // clicks, axe and layout run in every project. The checks of built files need no browser and run once, in their own project.
  projects: [
    {
      name: 'built-files',
      testMatch: ['export-build.spec.ts', 'editor-absent.spec.ts'],
    },
    {
      name: 'desktop-honolulu',
      testIgnore: ['export-build.spec.ts', 'editor*.spec.ts'],
      grepInvert: /@phone/,
      use: { ...devices['Desktop Chrome'], timezoneId: west, launchOptions },
    },
    {
      name: 'desktop-kiritimati',
      testIgnore: ['export-build.spec.ts', 'editor*.spec.ts'],
      grepInvert: /@phone|@zone-free/,
      use: { ...devices['Desktop Chrome'], timezoneId: east, launchOptions },
    },
    {
      name: 'phone-kiritimati',
      testIgnore: ['export-build.spec.ts', 'editor*.spec.ts'],
      grepInvert: /@desktop/,
      use: {
        ...devices['Pixel 7'],
        viewport: { width: 390, height: 844 },
        timezoneId: east,
        launchOptions,
      },
    },
    {
      // The editor runs in the dev server only, on a story folder of its own; its tests change
      // that folder, so they run one after another.
      name: 'editor',
      testMatch: 'editor.spec.ts',
      fullyParallel: false,
      use: {
        ...devices['Desktop Chrome'],
        baseURL: `http://127.0.0.1:${editorPort}/`,
        timezoneId: west,
        launchOptions,
      },
    },
  ],
  webServer: [
    // Tests run against the production build, as readers get it.
    {
      command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${port}/`,
      // Never test a server some other checkout left running on the port.
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: 'npx tsx e2e/editorServer.ts',
      url: `http://127.0.0.1:${editorPort}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
