import { PLAIN_YEAR } from './plainYear.ts';
import type { Tense } from './tenseAround.ts';
import { YEAR_SESSION_NOUN } from './yearSessionNoun.ts';

// "the first session of ", "the first trading day of ": the coming year's opening day of trading.
// Not after "since" or "from", where it is the mark a gain is counted from ("The Dow is up 27% from
// the first session of the year", said on 29 December 1989, is 1989).
const FIRST_SESSION_BEFORE = new RegExp(
  String.raw`(?<!\b(?:since|from)\s+)\bthe\s+first\s+${YEAR_SESSION_NOUN}\s+of\s+$`,
  'i',
);
// "the year's first session", "the year's first trading day": the same day, owned by the year.
const FIRST_SESSION_AFTER = new RegExp(String.raw`^['’]s\s+first\s+${YEAR_SESSION_NOUN}\b`, 'i');
// 24 December, a week before the year's last day: from then on the opening session is the next
// year's.
const FIRST_RUN_UP_DAY = 24;

/**
 * Whether "the year" of "the first session of the year", told not in the past in the last week of
 * December, is the coming year: "Traders expect heavy volume in the first session of the year",
 * said on 29 December 1989, is `1990`. Told in the past ("Stocks fell in the first session of the
 * year") or earlier in the year, the year is publication's.
 *
 * @example
 * isFirstSessionYearAhead('Traders expect volume in the first session of the year.', 46, 54, 'future', '1989-12-29')
 * // true
 */
export function isFirstSessionYearAhead(
  text: string,
  start: number,
  end: number,
  tense: Tense,
  published: string,
): boolean {
  return (
    tense !== 'past' &&
    published.slice(5, 7) === '12' &&
    Number(published.slice(8, 10)) >= FIRST_RUN_UP_DAY &&
    PLAIN_YEAR.test(text.slice(start, end)) &&
    (FIRST_SESSION_BEFORE.test(text.slice(Math.max(0, start - 50), start)) ||
      FIRST_SESSION_AFTER.test(text.slice(end, end + 40)))
  );
}
