import { Dataset } from '../model/dataset.ts';
import { writeFileAtomic } from './writeFileAtomic.ts';

/**
 * Validates the dataset once more and writes it, all or nothing, so a failed or interrupted
 * build leaves the previous timeline.json as it was.
 */
export function writeDataset(path: string, dataset: Dataset): void {
  writeFileAtomic(path, `${JSON.stringify(Dataset.parse(dataset), null, 2)}\n`);
}
