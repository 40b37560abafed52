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
    // words sit at the edge of the timeline, where a bar cut at its start shows its label. Each
    // holds the full words and a short form, one shown by CSS for the width of the screen.
    const { full, short } = item.cut.words;
    for (const side of ['before', 'after', 'both'] as const) {
      const runs = document.createElement('span');
      runs.className = `item-runs item-runs-${side}`;
      const long = document.createElement('span');
      long.className = 'item-runs-full';
      long.textContent = full[side];
      const brief = document.createElement('span');
      brief.className = 'item-runs-short';
      brief.textContent = short[side];
      runs.append(long, brief);
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
