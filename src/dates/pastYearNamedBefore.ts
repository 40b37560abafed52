import { sentenceEnds } from './sentenceEnds.ts';

// A year in figures ("In 2019,", "began in 1914", "closed in 2025.") not part of an amount
// ("$2,019", "2019 jobs" is left to the number: only a year after a preposition, or opening its
// sentence), or "last year", "the previous year".
const YEAR_NAMED =
  /(?:\b(?:in|of|since|during|until|by|from|early|late|mid-?)\s+|^\s*|[.!?]\s+)((?:1[6-9]|20)\d\d)\b(?![\d%]|,\d|\s*(?:percent|per\s+cent))|\b(last|previous|preceding)\s+year\b(?!['’]s)/gi;

/**
 * The year before publication's that the words before a month name, in its sentence or the one
 * before it ("Last year, analysts had expected a recovery by", "The plant closed in 2025.
 * Managers had expected it to stay open until", "In 2019, analysts had expected the merger to
 * close in"): the month then belongs to that year's story, not to one reckoned from publication.
 * `undefined` when no such year is named, or only publication's year or a later one.
 *
 * @example
 * pastYearNamedBefore('In 2019, analysts had expected the merger to close in ', '2026-10-14')
 * // 2019
 */
export function pastYearNamedBefore(before: string, published: string): number | undefined {
  // The sentence before the month's opens after the last stop but one.
  const ends = sentenceEnds(before, true);
  const from = ends.length >= 2 ? ends[ends.length - 2]! + 1 : 0;
  const current = Number(published.slice(0, 4));
  let year: number | undefined;
  for (const m of before.slice(from).matchAll(YEAR_NAMED)) {
    year = m[1] ? Number(m[1]) : current - 1;
  }
  return year !== undefined && year < current ? year : undefined;
}
