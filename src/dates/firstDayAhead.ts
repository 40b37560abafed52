import type { Tense } from './tenseAround.ts';

// The first day of December's second half: from then on, "the year's first day" is at most
// seventeen days ahead, and the one that opened the year eleven months and more back.
const SECOND_HALF_FROM = 15;
// "since the first day of the year", "since the year's first day": the start of a run up to now,
// the publication year's (review).
const SINCE_BEFORE = /\bsince\s+(?:the\s+(?:year['’]s\s+)?)?$/i;

/**
 * Whether "the year's first day" or "the first day of the year", its sentence told in `tense`, is
 * the coming year's 1 January rather than the publication year's (`published`, YYYY-MM-DD): said
 * in December's second half and not told in the past. "Banks will stay shut on the year's first
 * day", said on 29 December 1999, is 2000-01-01; "Stocks fell on the year's first day", said
 * then, stays 1999-01-01, and so does any first day said before mid-December, and one after
 * "since" (`before`, the words before it): "Since the year's first day, the Nasdaq index is up 70
 * percent", said on 20 December 1999, is 1999-01-01.
 *
 * @example firstDayAhead('future', '1999-12-29') // true
 * @example firstDayAhead('past', '1999-12-29') // false
 */
export function firstDayAhead(tense: Tense, published: string, before = ''): boolean {
  return (
    tense !== 'past' &&
    !SINCE_BEFORE.test(before) &&
    published.slice(5, 7) === '12' &&
    Number(published.slice(8, 10)) >= SECOND_HALF_FROM
  );
}
