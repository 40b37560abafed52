import { countNoun } from '../dataset/countNoun.ts';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { publishedDataset } from '../dataset/publishedDataset.ts';
import { writeDataset } from '../dataset/writeDataset.ts';
import { Dataset } from '../model/dataset.ts';

/**
 * Writes the dataset a published build ships into `staging/timeline.json` (drafts left out
 * unless `drafts`), says what it did with the drafts, and returns the file. The story's own
 * public/timeline.json keeps every draft, for `npm start`.
 */
export function stagePublished(timeline: string, staging: string, drafts: boolean): string {
  const full = Dataset.parse(JSON.parse(readFileSync(timeline, 'utf8')));
  const published = publishedDataset(full, { drafts });
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const file = path.join(staging, 'timeline.json');
  writeDataset(file, published.dataset);
  if (published.leftOut > 0) {
    console.log(
      `Left out ${countNoun(published.leftOut, 'draft')} not yet reviewed (--drafts includes them, marked as drafts)`,
    );
  } else if (published.drafts > 0) {
    console.log(
      `Including ${published.drafts} drafts, each marked on the page as not yet reviewed`,
    );
  }
  return file;
}
