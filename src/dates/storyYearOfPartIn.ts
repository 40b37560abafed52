import { isLatePartGoneBy } from './isLatePartGoneBy.ts';
import { pastYearNamedBefore } from './pastYearNamedBefore.ts';
import { sentenceStartAt } from './sentenceEnds.ts';
import { SIDE_CLAUSE } from './sideClause.ts';
import type { Tense } from './tenseAround.ts';

const PART_IN_THE_YEAR = /^(early|earlier|late|later)\s+in\s+the\s+year$/i;

/**
 * The year "early in the year", "late in the year", "earlier in the year" or "later in the year"
 * told in the past belongs to: the year before publication's named in its sentence before it or
 * in the sentence before (`pastYearNamedBefore`, a side clause's year left out: "The firm,
 * founded in 1990, cut jobs late in the year"), as in "The company lost money in 1988 but
 * returned to profit late in the year", said on 14 February 1990 (`1988`, was `1990`); with no
 * such year, "late in the year" told in the past in the first half of the year is the year before
 * ("Sales slumped late in the year", said in February 1990: `1989`), as its late months are still
 * to come (`isLatePartGoneBy`). `undefined` when the words are none of these, or not told in the past ("expects a
 * rebound late in the year" is the year under way).
 *
 * @example storyYearOfPartIn('It lost money in 1988 but recovered late in the year.', 35, 51, '1990-02-14', 'past') // 1988
 */
export function storyYearOfPartIn(
  text: string,
  start: number,
  end: number,
  published: string,
  tense: Tense,
): number | undefined {
  const words = PART_IN_THE_YEAR.exec(text.slice(start, end));
  if (!words || tense !== 'past') return undefined;
  const sentenceStart = sentenceStartAt(text, start);
  const before = `${text.slice(Math.max(0, sentenceStart - 300), sentenceStart)}${text
    .slice(sentenceStart, start)
    .replace(SIDE_CLAUSE, ',')}`;
  const year = pastYearNamedBefore(before, published);
  if (year !== undefined) return year;
  return isLatePartGoneBy(words[0], tense, published)
    ? Number(published.slice(0, 4)) - 1
    : undefined;
}
