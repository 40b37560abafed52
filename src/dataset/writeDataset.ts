import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Dataset } from '../model/dataset.ts';

/**
 * Validates the dataset once more and writes it, all or nothing: the JSON goes to a temporary
 * file beside the target and is renamed over it, so a failed or interrupted build leaves the
 * previous timeline.json as it was.
 */
export function writeDataset(path: string, dataset: Dataset): void {
  const json = `${JSON.stringify(Dataset.parse(dataset), null, 2)}\n`;
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, json);
  renameSync(temporary, path);
}
