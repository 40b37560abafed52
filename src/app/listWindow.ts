/** How many list entries are rendered at first, and how many more each step adds. */
export const listStep = 100;

/**
 * How many entries of a list of `count` to render: at least `shown` (what the reader has already
 * scrolled through), never fewer than one step, and always far enough to include the entry at
 * `needed` (the selected event, or the one the keyboard moves to), rounded up to a whole step.
 */
export function listWindow(count: number, shown: number, needed: number): number {
  const wanted = Math.max(shown, listStep, needed + 1);
  return Math.min(count, Math.ceil(wanted / listStep) * listStep);
}
