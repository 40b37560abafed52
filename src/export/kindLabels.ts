import type { Dataset } from '../model/dataset.ts';

/**
 * The reader-facing name of each kind the story's events use, keyed by kind id.
 */
export function kindLabels(dataset: Dataset): ReadonlyMap<string, string> {
  const kinds = [...new Set(dataset.events.map((event) => event.kind))];
  return new Map(kinds.map((kind) => [kind, kind.charAt(0).toUpperCase() + kind.slice(1)]));
}
