import { PLAIN_YEAR } from './plainYear.ts';
import type { Tense } from './tenseAround.ts';

// The last day of the first week of January: a wrap of the year told by then is the year-end's.
const LAST_WRAP_DAY = 7;

/**
 * Whether the words from `start` to `end` are a plain "the year" told in the past in the first week
 * of January, when a year-end wrap runs: the ground that `marketYearGoneBy` and
 * `isFinalSessionYearGoneBy` share before each asks for its own words around it.
 *
 * @example isYearWrapWeekPast('For the year, the Dow rose 27%.', 4, 12, 'past', '1990-01-02') // true
 */
export function isYearWrapWeekPast(
  text: string,
  start: number,
  end: number,
  tense: Tense,
  published: string,
): boolean {
  return (
    tense === 'past' &&
    published.slice(5, 7) === '01' &&
    Number(published.slice(8, 10)) <= LAST_WRAP_DAY &&
    PLAIN_YEAR.test(text.slice(start, end))
  );
}
