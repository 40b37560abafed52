import { pad } from './parseChrono.ts';
import { sentenceStartAt } from './sentenceEnds.ts';
import { yearOpeningSentence } from './yearOpeningSentence.ts';

// A later clause after a semicolon or a comma and a conjunction, which tells a story of its own in
// whatever tense ("In 1988, the stock rose 20%, and it is up another 10% since January"; "In 1988,
// Ford sold 1.6 million cars; through August, it has sold 1.1 million"): its month is not the
// opening year's.
const LATER_CLAUSE = /;|,\s*(?:but|and|yet|while|so|though|although|whereas)\s/i;

/**
 * The month named without a year in a sentence opened by a year gone by ("In 1987, the December
 * contract traded as high as $500 an ounce", "In 1986, the March contract for soybeans never rose
 * above $5", said in October 1989): that year's month, the story being that year's, not the month
 * reckoned from publication by the sentence's tense (1988-12, 1989-03). `undefined` when the
 * sentence opens otherwise ("The December contract rose $2", "Last year, sales fell in March"),
 * with publication's year or a later one ("In 1990, the March contract will …"), or when the
 * month is in a later clause, joined by a semicolon or a comma and a conjunction ("In 1987, the
 * plant closed, but it will reopen in March", "In 1988, the stock rose 20%, and it is up another
 * 10% since January"). `start` is the month's.
 *
 * @example
 * monthOfOpeningYear('In 1987, the December contract rose $5.', 13, 12, '1989-10-30')
 * // '1987-12'
 */
export function monthOfOpeningYear(
  text: string,
  start: number,
  month: number,
  published: string,
): string | undefined {
  if (LATER_CLAUSE.test(text.slice(sentenceStartAt(text, start), start))) return undefined;
  const year = yearOpeningSentence(text, start, published);
  return year === undefined ? undefined : `${year}-${pad(month)}`;
}
