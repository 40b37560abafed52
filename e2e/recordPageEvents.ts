import type { Page } from '@playwright/test';

/**
 * Starts recording what a page reports that a reader's page must not: console errors and
 * uncaught exceptions (as `problems`, in order), and every URL it requests.
 */
export function recordPageEvents(page: Page): { problems: string[]; requests: string[] } {
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  return { problems, requests };
}
