import type { Tense } from './tenseAround.ts';

// "since", or "from" after a change in a figure, right before the year's first day or week, with
// "the" or "the year's" between: a start gone by that a figure is measured from ("Since the
// year's first day, the Nasdaq index is up 70 percent", "up 8% from the first week of the year").
// Not "The new fares apply from the first day of the year".
const MEASURED_FROM =
  /(?:\bsince|(?:%|\bpercent|\bpoints?|\bup|\bdown)(?:\s+\S+){0,3}?\s+from)\s+(?:the\s+(?:year['’]s\s+)?)?$/i;

// "than", "as it was" or "compared with" right before the year's first day or week, with "in",
// "at" or "the end of" between: a time gone by that a figure to come is compared with ("Analysts
// said prices will be higher than in the first week of the year", "twice as expensive as it was in
// the first week of the year"). Not a bound ("no later than the first week of the year"), which
// is a deadline ahead, nor an alternative ("will vote in December rather than in the first week of
// the year"), which is a time ahead too.
const COMPARED_WITH =
  /\b(?:(?<!\b(?:later|earlier|sooner|rather|other)\s+)than|as\s+(?:it|they)\s+(?:was|were|did)|compared\s+(?:with|to))\s+(?:(?:in|at|on|during|over)\s+)?(?:the\s+(?:end|start|close)\s+of\s+)?(?:the\s+(?:year['’]s\s+)?)?$/i;

/**
 * Whether the year's first day or week ("the year's first day", "the first week of the year"), its
 * sentence told in `tense`, is the coming year's rather than the publication year's (`published`,
 * YYYY-MM-DD): said in December and not told in the past, when publication's start of the year is
 * eleven months and more gone by and only the next is ahead. "Banks will stay shut on the year's
 * first day", said on 29 December 1999, is 2000-01-01; "Stocks fell on the year's first day", said
 * then, stays 1999-01-01, and so does one measured from (`before`, the words before it): "Since the
 * year's first day, the Nasdaq index is up 70 percent", said on 20 December 1999, and "Retail sales
 * are up 8% from the first week of the year", said on 14 December 1999, are 1999's.
 *
 * In November it is the coming year's only when told in the future, the present being as often a
 * season's habit then ("The Labor Department will report December's jobless rate in the first week
 * of the year", said on 15 November 1999, is 2000-W01; "Car sales fell in the first week of the
 * year", said then, stays 1999-W01), and so, in either month, does one a figure to come is compared
 * with ("Analysts said prices will be higher than in the first week of the year", said on 20
 * November 1999, is 1999-W01).
 *
 * @example firstDayAhead('future', '1999-12-29') // true
 * @example firstDayAhead('past', '1999-12-29') // false
 * @example firstDayAhead('future', '1999-11-15') // true
 */
export function firstDayAhead(tense: Tense, published: string, before = ''): boolean {
  const month = published.slice(5, 7);
  const ahead = month === '12' ? tense !== 'past' : month === '11' && tense === 'future';
  return ahead && !MEASURED_FROM.test(before) && !COMPARED_WITH.test(before);
}
