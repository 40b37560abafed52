/** Which part of a TimeML corpus a benchmark run reads. */
export type TimemlPart = 'tune' | 'heldout' | 'all';

/**
 * The held-out rule, fixed before any figure was seen: in each folder, the files in sorted order
 * (by name, code-point order) are counted from 1 and every fifth (5th, 10th, 15th …) is held
 * out; the rest are the tuning part. Rules are developed on the tuning part only; the held-out
 * part is scored only to report, before and after.
 */
export function inTimemlPart(index: number, part: TimemlPart): boolean {
  const heldOut = (index + 1) % 5 === 0;
  return part === 'all' || (part === 'heldout') === heldOut;
}

/** The files of one folder, sorted, that belong to `part`. */
export function timemlPartFiles(names: readonly string[], part: TimemlPart): string[] {
  return names
    .filter((name) => name.endsWith('.tml'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .filter((_, i) => inTimemlPart(i, part));
}
