import { pad } from './parseChrono.ts';
import { yearOpeningSentence } from './yearOpeningSentence.ts';

/**
 * The month named without a year in a sentence opened by a year gone by ("In 1987, the December
 * contract traded as high as $500 an ounce", "In 1986, the March contract for soybeans never rose
 * above $5", said in October 1989): that year's month, the story being that year's, not the month
 * reckoned from publication by the sentence's tense (1988-12, 1989-03). `undefined` when the
 * sentence opens otherwise ("The December contract rose $2", "Last year, sales fell in March"),
 * with publication's year or a later one ("In 1990, the March contract will …"), or when the
 * month is in a later clause that looks ahead ("In 1987, the plant closed, but it will reopen in
 * March"). `start` is the month's.
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
  const year = yearOpeningSentence(text, start, published);
  return year === undefined ? undefined : `${year}-${pad(month)}`;
}
