// The words alone between a stretch's two ends: "to", "until", "till", "through", "thru" or a dash
// ("from Monday to Thursday", "Monday–Friday", "June–August 2016"); "and" only after "between"
// ("between May and July 2009").
const TO_BETWEEN = /^\s*(?:[-–—]|to|until|till|through|thru)\s*$/i;
const AND_BETWEEN = /^\s+and\s+$/i;
const BETWEEN_BEFORE = /\bbetween\s+$/i;

/**
 * Whether two mentions, the first at `first`, the second starting at `secondStart`, are joined as
 * a stretch's two ends by the words between them.
 *
 * @example isStretchJoined('from Monday to Thursday', { start: 5, end: 11 }, 15) // true
 */
export function isStretchJoined(
  text: string,
  first: { readonly start: number; readonly end: number },
  secondStart: number,
): boolean {
  const between = text.slice(first.end, secondStart);
  return (
    TO_BETWEEN.test(between) ||
    (AND_BETWEEN.test(between) &&
      BETWEEN_BEFORE.test(text.slice(Math.max(0, first.start - 10), first.start)))
  );
}
