import type { TimelineEvent } from './event.ts';

/**
 * Events in reading order: by first day, then the shorter (more precise) date first, then
 * title, so the order is stable whatever order the dataset lists them in.
 */
export function chronological(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort(
    (a, b) =>
      a.date.start.localeCompare(b.date.start) ||
      a.date.end.localeCompare(b.date.end) ||
      a.title.localeCompare(b.title),
  );
}
