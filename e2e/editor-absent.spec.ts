import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { editorApiBase, editorEntry, editorTokenMeta } from '../src/model/editorApi.ts';
import { dist, distSingle } from './exportTest.ts';

// The editor lives in the dev server alone: nothing of it may reach what readers get.

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? files(file) : [file];
  });
}

test('the published builds hold no editor code and no reference to its API', () => {
  const markers = [
    editorApiBase,
    editorTokenMeta,
    path.basename(editorEntry, '.tsx'),
    // Words only the editor's own components show.
    'New event from this passage',
    'Drafts to review',
  ];
  const published = [...files(dist), ...files(distSingle)];
  expect(published.length).toBeGreaterThan(2);
  for (const file of published) {
    const text = readFileSync(file, 'utf8');
    for (const marker of markers) {
      expect(text.includes(marker), `${path.relative(dist, file)} contains "${marker}"`).toBe(
        false,
      );
    }
  }
});
