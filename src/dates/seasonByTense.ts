import { toLocalDate } from './calendarDate.ts';
import type { Tense } from './tenseAround.ts';
import { isThisWinterGoneBy } from './isThisWinterGoneBy.ts';
import { seasonOf, type Season } from './toTimex.ts';

/** The month each season starts in. */
export const SEASON_MONTH: Readonly<Record<Season, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** The season named without a year, chosen by tense among the last and the next one. */
export function seasonByTense(
  season: Season,
  published: string,
  tense: Tense,
  modifier: string | undefined,
): string {
  const date = toLocalDate(published);
  const current = seasonOf(date);
  let year = date.getFullYear();
  const startOf = (y: number) => new Date(y, SEASON_MONTH[season] - 1, 1);
  // Latest start on or before publication, or the next start after it.
  if (startOf(year) > date) year -= 1;
  const isCurrent = current.season === season;
  // "This winter was the wettest on record", said in March, is the winter just gone.
  if (modifier === 'this' && isThisWinterGoneBy(season, current.season, tense))
    return `${date.getFullYear() - 1}-${season}`;
  // "this summer" said in March is the coming one, said in September the one just gone: the
  // season of the publication year (or the current one).
  if (modifier === 'this') return `${isCurrent ? current.year : date.getFullYear()}-${season}`;
  // "next summer" said in spring is not "this summer", the one just ahead, but the one after. Only
  // summer: "next fall" said in summer ("enroll next fall", school copy in June) and "next
  // winter" said in autumn are the coming ones.
  if (modifier === 'next' && current.season === 'SP' && season === 'SU')
    return `${date.getFullYear() + 1}-${season}`;
  if (
    modifier === 'next' ||
    (modifier !== 'last' && modifier !== 'this' && tense === 'future' && !isCurrent)
  )
    year += 1;
  else if (modifier === 'last' && isCurrent) year -= 1;
  return `${year}-${season}`;
}
