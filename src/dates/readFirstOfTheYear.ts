import type { Pass, Reading } from './Reading.ts';
import { tenseAround } from './tenseAround.ts';

// "since the first of the year", "after the first of the year": the bound and the words of the
// day. "the first of the year's" (a possessive) and "the first of the years" are not the day.
const FIRST_OF_THE_YEAR =
  /\b(?<bound>since|from|after|until|till|by|before|around|at|near|into|toward|towards) (?<day>the first of the year)\b(?!['’]s|s\b)/gi;

/**
 * "the first of the year" after a bound is New Year's Day, as American business and Washington
 * copy writes it: "Sales have risen 5% since the first of the year", said 14 November 1989, is
 * `1989-01-01` (the year under way began then), and "A decision is not expected until after the
 * first of the year", said the same day, `1990-01-01` (the turn still ahead). After "since",
 * in a sentence told in the past ("Prices rallied after the first of the year"), and after "from"
 * or in January when not told ahead, it is the publication year's; otherwise the next year's
 * ("From the first of the year, drivers will pay a new toll", said in December). Not without a bound
 * ("the first of the year's meetings", "the first of the year" as the first event of a year).
 *
 * @example readFirstOfTheYear('until after the first of the year', { published: '1989-11-14' })
 */
export const readFirstOfTheYear: Pass = (text, { published }) =>
  [...text.matchAll(FIRST_OF_THE_YEAR)].map((m): Reading => {
    const start = m.index + m[0].length - m.groups!.day!.length;
    const end = m.index + m[0].length;
    const bound = m.groups!.bound!.toLowerCase();
    const tense = tenseAround(text, start, end);
    // "From the first of the year, drivers will pay": told ahead, the turn to come. In January
    // the turn just passed is the one a present names ("Minimum wage rises at the first of the year").
    const gone =
      bound === 'since' ||
      tense === 'past' ||
      (tense !== 'future' && (bound === 'from' || published.slice(5, 7) === '01'));
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
