import type { Pass, Reading } from './Reading.ts';
import { tenseAround } from './tenseAround.ts';

// "since the first of the year", "after the first of the year": the bound and the words of the
// day. "the first of the year's" (a possessive) and "the first of the years" are not the day.
const FIRST_OF_THE_YEAR =
  /\b(?<bound>since|from|after|until|till|by|before|around|at|near|into|toward|towards) (?<day>the first of the year)\b(?!'s|s\b)/gi;

/**
 * "the first of the year" after a bound is New Year's Day, as American business and Washington
 * copy writes it: "Sales have risen 5% since the first of the year", said 14 November 1989, is
 * `1989-01-01` (the year under way began then), and "A decision is not expected until after the
 * first of the year", said the same day, `1990-01-01` (the turn still ahead). After "since" or
 * "from", or in a sentence told in the past ("Prices rallied after the first of the year"), it is
 * the publication year's; told ahead or in the present, the next year's. Not without a bound
 * ("the first of the year's meetings", "the first of the year" as the first event of a year).
 *
 * @example readFirstOfTheYear('until after the first of the year', { published: '1989-11-14' })
 */
export const readFirstOfTheYear: Pass = (text, { published }) =>
  [...text.matchAll(FIRST_OF_THE_YEAR)].map((m): Reading => {
    const start = m.index + m[0].length - m.groups!.day!.length;
    const end = m.index + m[0].length;
    const bound = m.groups!.bound!.toLowerCase();
    const gone = bound === 'since' || bound === 'from' || tenseAround(text, start, end) === 'past';
    const year = Number(published.slice(0, 4)) + (gone ? 0 : 1);
    return {
      start,
      end,
      priority: 3,
      resolve: () => ({
        type: 'DATE',
        value: `${year}-01-01`,
        granularity: 'day',
        anchor: { kind: 'published', date: published },
      }),
    };
  });
