import type { CutBar } from './cutBars.ts';
import { draftWords } from './draftWords.ts';
import { runsPastWords } from './runsPastWords.ts';
import type { TimelineGroup, TimelineItem } from './toTimelineItems.ts';

/**
 * The content of a timeline item as DOM, built with textContent: data never passes through an
 * HTML parser, and vis-timeline appends Elements as they are. A bar the window on screen cuts
 * (`cut`) begins its label with words saying where it goes on (see runsPastWords).
 */
export function itemElement(item: TimelineItem, cut: CutBar | null = null): HTMLElement {
  const element = document.createElement('span');
  element.className = 'item-label';
  if (cut) {
    // First, so the words sit at the edge of the timeline, where a bar cut at its start shows its
    // label: the full words and a short form, one shown by CSS for the width of the screen. Text,
    // not CSS content, like the rest of the label.
    const { full, short } = runsPastWords(item.date, item);
    const runs = document.createElement('span');
    runs.className = `item-runs item-runs-${cut.side}`;
    const long = document.createElement('span');
    long.className = 'item-runs-full';
    long.textContent = full[cut.side];
    const brief = document.createElement('span');
    brief.className = 'item-runs-short';
    brief.textContent = short[cut.side];
    runs.append(long, brief);
    element.append(runs);
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
