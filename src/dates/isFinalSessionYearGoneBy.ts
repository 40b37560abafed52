import { isYearWrapWeekPast } from './isYearWrapWeekPast.ts';
import type { Tense } from './tenseAround.ts';
import { YEAR_SESSION_NOUN } from './yearSessionNoun.ts';

// "the final session of ", "the last trading session of ": the year's closing day of trading.
const FINAL_SESSION_BEFORE =
  /\bthe\s+(?:last|final)\s+(?:(?:trading\s+)?session|trading\s+day)\s+of\s+$/i;
// "the year's last session", "the year's final trading day", "the year's last day": the same
// session, owned by the year, as "the year's first session" is (isFirstSessionYearAhead).
const FINAL_SESSION_AFTER = new RegExp(
  String.raw`^['’]s\s+(?:last|final)\s+${YEAR_SESSION_NOUN}\b`,
  'i',
);

/**
 * Whether "the year" of "the final session of the year", told in the past in the first week of
 * January, is the year gone by: "The Dow Jones Industrial Average rose 16.06 points in the final
 * session of the year", said on 2 January 1990, is `1989`; the year's last trading day was the
 * Friday before. So is the year that owns the session ("Stocks ended the year's last session
 * Friday with modest gains", said on 2 January 1990). Said in December ("Traders expect thin
 * volume through the final session of the year on Friday"), in a sentence not in the past, or
 * later in January, the year is publication's.
 *
 * @example
 * isFinalSessionYearGoneBy('Stocks rose in the final session of the year.', 36, 44, 'past', '1990-01-02')
 * // true
 */
export function isFinalSessionYearGoneBy(
  text: string,
  start: number,
  end: number,
  tense: Tense,
  published: string,
): boolean {
  return (
    isYearWrapWeekPast(text, start, end, tense, published) &&
    (FINAL_SESSION_BEFORE.test(text.slice(Math.max(0, start - 40), start)) ||
      FINAL_SESSION_AFTER.test(text.slice(end, end + 40)))
  );
}
