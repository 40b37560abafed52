import { endOfPeriodGoneBy } from './endOfPeriodGoneBy.ts';
import { pastYearNamedBefore } from './pastYearNamedBefore.ts';
import { sentenceStartAt } from './sentenceEnds.ts';

const END_OF_THE_YEAR = /^the\s+end\s+of\s+the\s+year$/i;

/**
 * The year a story names before "the end of the year" told in a past perfect, when that end is
 * one gone by (`endOfPeriodGoneBy`): "The company was founded in 2015. By the end of the year, it
 * had hired 50 people", said on 15 April 2026, is `2015` (was `2025`, the year before
 * publication); "The charity opened its first shop in 2009. By the end of the year it had three
 * more" `2009`. The year must be named in figures after a preposition, or open its sentence, in
 * the sentence before the words' (`pastYearNamedBefore`), and be before publication's: a year in
 * the words' own sentence is most often a side clause's ("The firm, founded in 1990, had hired 500
 * workers by the end of the year", "Born in 1985, Ms Lee had raised £2m by the end of the year",
 * "Since 2010 the fund had grown tenfold by the end of the year", said in January, are 2025).
 *
 * Not a year's end that is no end gone by ("The firm was founded in 2015. By the end of the year it
 * will have 50 staff" is the year under way), nor a month's or a quarter's end, which a named year
 * leaves open ("the end of the month" in 2015 is no one month). `undefined` when no such year.
 *
 * @example storyYearOfEndGoneBy('Founded in 2015. By the end of the year, it had hired 50 people.', 20, 39, '2026-04-15') // 2015
 */
export function storyYearOfEndGoneBy(
  text: string,
  start: number,
  end: number,
  published: string,
): number | undefined {
  if (!END_OF_THE_YEAR.test(text.slice(start, end))) return undefined;
  if (!endOfPeriodGoneBy(text, start, end)) return undefined;
  const sentenceStart = sentenceStartAt(text, start);
  return pastYearNamedBefore(
    text.slice(Math.max(0, sentenceStart - 300), sentenceStart),
    published,
  );
}
