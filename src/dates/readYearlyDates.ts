import { pad } from './parseChrono.ts';
import { MONTH_NAMES, monthNumber } from './monthNames.ts';
import { publishedSetReading } from './publishedSetReading.ts';
import type { Pass, Reading } from './Reading.ts';

const capital = (word: string) => word[0]!.toUpperCase() + word.slice(1);

// A month's name or short form, capitalised, so that "every year in may" names no month.
// A short form may take a full stop ("Sept."), a full name may not (it ends the sentence).
const MONTH = `(?:(?:${MONTH_NAMES.map(capital).join('|')})\\b|(?:${[...MONTH_NAMES.map((m) => capital(m.slice(0, 3))), 'Sept'].join('|')})\\b\\.?)`;
const DAY = '(?:[12]?\\d|3[01])(?:st|nd|rd|th)?';
// A day of a month, either way round ("9 May", "the 9th of May", "May 9", "Sept. 11"): the day at
// <d1> or <d2>, the month at <m1> or <m2>; or, after "in", a month alone at <m3>.
const DAY_MONTH = `(?:(?:the\\s+)?(?<d1>${DAY})\\s+(?:of\\s+)?(?<m1>${MONTH})|(?<m2>${MONTH})\\s+(?<d2>${DAY}))`;
const ON_DATE = `(?:on\\s+${DAY_MONTH}|in\\s+(?<m3>${MONTH}))`;
// Not the end of "semi-annually", "bi-annually", "half-yearly" (twice a year, no yearly date).
const EVERY_YEAR = '(?<![-‐\\w])(?:(?:[Ee]very|[Ee]ach)\\s+year|[Aa]nnually|[Yy]early)';
// Not a date with its year after it ("every 9 May 2019" is no recurrence), nor a day of it.
const NO_YEAR_AFTER = '(?!,?\\s*\\d)';

// "every year on 9 May", "annually on March 1", "each year in June"; "on 9 May every year", "in
// June each year"; "every 9 May", "each March 1". A bare month after "every" is read as a set
// already ("every June"). Not the month of "the last Sunday in March each year" or "the second
// week in June every year", a day within the month that its own rule reads.
const YEARLY = [
  new RegExp(`\\b${EVERY_YEAR}\\s+${ON_DATE}${NO_YEAR_AFTER}`, 'g'),
  new RegExp(
    `(?<=\\b(?:[Oo]n|[Ii]n)\\s+)(?<!(?:day|week|weekend)\\s+in\\s+)(?:${DAY_MONTH}|(?<m3>${MONTH}))${NO_YEAR_AFTER}\\s+(?:of\\s+)?(?:every|each)\\s+year\\b`,
    'g',
  ),
  new RegExp(`\\b(?:[Ee]very|[Ee]ach)\\s+${DAY_MONTH}${NO_YEAR_AFTER}`, 'g'),
];

/** The TIMEX value of the yearly date the words name: `XXXX-05-09`, or `XXXX-06` for a month. */
function yearlyValue(groups: Record<string, string | undefined>): string {
  const month = pad(monthNumber((groups.m1 ?? groups.m2 ?? groups.m3)!));
  const day = groups.d1 ?? groups.d2;
  return day ? `XXXX-${month}-${pad(parseInt(day, 10))}` : `XXXX-${month}`;
}

/**
 * A day or a month told as coming round every year: "Russia marks Victory Day every year on 9
 * May", "Veterans gather on 9 May each year", "every 9 May" are one SET `XXXX-05-09` in both
 * readings, where the day was read as this year's and the rate word apart; "each year in June" is
 * `XXXX-06`. Not a date with a year ("every year since 9 May 2019" names none after "every
 * year"), nor a lower-case "may".
 */
export const readYearlyDates: Pass = (text, { published }) =>
  YEARLY.flatMap((pattern) =>
    [...text.matchAll(pattern)].map((m): Reading => {
      const value = yearlyValue(m.groups ?? {});
      // Above the day or the month read alone, and the rate word, both inside the words.
      return publishedSetReading(m.index, m.index + m[0].length, value, published, 4);
    }),
  );
