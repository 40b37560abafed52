// "declared Jan. 9 a day of mourning", "named March 1 as the start of the season", "designated
// Oct. 12 a national holiday": a verb of naming right before the day, and "a", "an" or "as" after
// it. The day is what the naming sets, not the time of the deed, so the past verb does not put it
// before publication.
const NAMING_VERB_BEFORE =
  /\b(?:declared|declares|declare|named|names|designated|designates|proclaimed|proclaims|made|makes)\s+$/i;
const NAMED_AS_AFTER = /^\s+(?:as\s+|an?\s+)/i;

/**
 * Whether the day at `start`..`end` is the object of a verb of naming ("declared Jan. 9 a day of
 * mourning"), which says nothing of when the day falls.
 *
 * @example isDayNamedAs('The king declared Jan. 9 a day of mourning.', 18, 24) // true
 */
export function isDayNamedAs(text: string, start: number, end: number): boolean {
  return (
    NAMING_VERB_BEFORE.test(text.slice(Math.max(0, start - 20), start)) &&
    NAMED_AS_AFTER.test(text.slice(end))
  );
}
