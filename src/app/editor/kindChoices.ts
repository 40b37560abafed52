import type { Dataset } from '../../model/dataset.ts';

/** The kinds an event may take: the story's own, in its order, and the current one if unknown. */
export function kindChoices(dataset: Dataset, current: string): { id: string; label: string }[] {
  const known = dataset.story.kinds.map(({ id, label }) => ({ id, label }));
  return current === '' || known.some((k) => k.id === current)
    ? known
    : [{ id: current, label: current }, ...known];
}
