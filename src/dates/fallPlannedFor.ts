// "is planned for the fall", "was scheduled for the fall", "is set for the fall": a participle of
// arranging and "for" right before the word. Not "due", as "stocks were due for the fall" is a
// drop.
const PLANNED_FOR =
  /\b(?:planned|scheduled|slated|set|expected|earmarked|pencil+ed\s+in)\s+for\s+(?:the\s+)?$/i;
// "set for The Fall's tour": a capitalised "The" after "for" opens a name.
const NAMED = /^The\s/;

/**
 * Whether the "fall" starting at `start` is the season a thing is arranged for, after a participle
 * of arranging and "for": "A private burial took place Wednesday, and a public memorial is planned
 * for the fall", said on 3 July 2025, is `2025-FA` (was unread, as a "fall" may be a tumble);
 * "The vote is scheduled for the fall" alike. Not a fall of or in something, which readPeriods
 * tells before ("The rally is set for the fall of the regime" reads no season), nor a fall with no
 * such participle ("braced for the fall"), nor after "due" ("Stocks were due for the fall that
 * came in October 1987", a drop), nor a name ("set for The Fall's tour of Britain", the band).
 *
 * @example fallPlannedFor('A memorial is planned for the fall.', 26) // true
 */
export function fallPlannedFor(text: string, start: number): boolean {
  return (
    PLANNED_FOR.test(text.slice(Math.max(0, start - 40), start)) && !NAMED.test(text.slice(start))
  );
}
