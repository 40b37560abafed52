import { draftWords } from './draftWords.ts';
import type { TimelineGroup, TimelineItem } from './toTimelineItems.ts';

/**
 * The content of a timeline item as DOM, built with textContent: data never passes through an
 * HTML parser, and vis-timeline appends Elements as they are.
 */
export function itemElement(item: TimelineItem): HTMLElement {
  const element = document.createElement('span');
  element.className = 'item-label';
  if (item.cut) {
    // Each always there, one shown by CSS where the view on screen cuts the bar; first, so the
    // words sit at the edge of the timeline, where a bar cut at its start shows its label.
    for (const [side, words] of Object.entries(item.cut)) {
      const runs = document.createElement('span');
      runs.className = `item-runs item-runs-${side}`;
      runs.textContent = words;
      element.append(runs);
    }
  }
  if (item.draft) {
    const draft = document.createElement('span');
    draft.className = 'item-draft';
    draft.textContent = draftWords.badge;
    element.append(draft, ' ');
  }
  if (item.status) {
    const status = document.createElement('span');
    status.className = 'item-status';
    status.textContent = item.status;
    element.append(status, ' ');
  }
  element.append(item.title);
  return element;
}

/** A lane label: the kind's name beside its colour swatch. */
export function groupElement(group: TimelineGroup): HTMLElement {
  const element = document.createElement('span');
  element.className = `lane-label ${group.className}`;
  const swatch = document.createElement('span');
  swatch.className = 'swatch';
  element.append(swatch, group.content);
  return element;
}
