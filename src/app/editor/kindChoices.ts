import type { Dataset } from '../../model/dataset.ts';
import { EventKind } from '../../model/event.ts';
import { kindNames } from '../kindNames.ts';

/** The kinds an event may take, with their names, and the current one even if unknown. */
export function kindChoices(_dataset: Dataset, current: string): { id: string; label: string }[] {
  const known = EventKind.options.map((id) => ({ id, label: kindNames[id] }));
  return known.some((k) => k.id === current) ? known : [{ id: current, label: current }, ...known];
}
