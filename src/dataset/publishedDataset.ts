import type { Dataset } from '../model/dataset.ts';

/**
 * The dataset as the published site gets it: without the events `npm run draft` proposed and no
 * editor has reviewed, unless `drafts` is set (a preview for the newsroom), in which case they
 * stay, each still marked `draft: true` so the page shows it as unreviewed.
 */
export function publishedDataset(
  dataset: Dataset,
  { drafts }: { drafts: boolean },
): { dataset: Dataset; drafts: number; leftOut: number } {
  const count = dataset.events.filter((event) => event.draft).length;
  if (drafts) return { dataset, drafts: count, leftOut: 0 };
  return {
    dataset: { ...dataset, events: dataset.events.filter((event) => !event.draft) },
    drafts: 0,
    leftOut: count,
  };
}
