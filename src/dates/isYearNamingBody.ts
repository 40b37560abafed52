// The capitalised nouns of a body named by a year: "the 1922 Committee", "the 1900 Club"; not
// before "of", where the year is the meeting's or the intake's ("the 2024 Group of Seven summit"),
// nor before another capitalised word or "stage", where the noun opens the name of a contest the
// year is the edition of ("the 2025 Club World Cup", "the 2008 Group stage").
const BODY_AFTER =
  /^\s+(?:Committee|Club|Society|Group|Foundation|Institute|Association|Trust)\b(?!\s+(?:of\b|stages?\b|[A-Z]))/;

/**
 * Whether the year from `start` to `end` names a body, no year: "The 1922 Committee will meet on
 * Wednesday evening", "a member of the 1900 Club" read no 1922 or 1900 (were the years). Only
 * after "the" and before a capitalised Committee, Club, Society, Group, Foundation, Institute,
 * Association or Trust not followed by "of", "stage" or a capitalised word: "the 1922 committee
 * meeting" in lower case, "the 2024 election", "the 2024 Group of Seven summit", "the 2025 Club
 * World Cup" and "in 1922 Committee members met" keep their years.
 *
 * @example isYearNamingBody('The 1922 Committee met.', 4, 8) // true
 */
export function isYearNamingBody(text: string, start: number, end: number): boolean {
  return (
    /\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start)) &&
    BODY_AFTER.test(text.slice(end, end + 20))
  );
}
