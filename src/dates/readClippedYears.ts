import type { Pass, Reading } from './Reading.ts';
import { tenseAround } from './tenseAround.ts';

// "in '68", "since '04", "the summer of '69", "the class of '92": a year written by its last two
// digits after an apostrophe, where a preposition of time, "of" or a season leads to it. Not a
// decade ("the '70s", the decade reader's), a figure with more digits, nor an apostrophe that
// opens a quotation ("said '68 people'": no preposition before it).
const CLIPPED_YEAR =
  /(?<=\b(?:in|since|of|until|till|by|from|before|after|through|to|and|or|spring|summer|fall|autumn|winter)\s+)['’](\d{2})(?![\w'’%]|[.,]\d|\s*(?:per\s*cent|percent)\b)/gi;

// How many years ahead a clipped year told in the future may reach ("the Olympics in '28").
const AHEAD = 10;

/**
 * The year of two digits written clipped ("'68"): the latest such year up to the year of
 * publication, as features and obituaries look back with them ("in '68" said in 2025 is 1968,
 * "since '04" 2004, "the crash of '29" 1929 rather than a year ahead); told in the future, a year
 * up to ten ahead ("will host the Olympics in '28", said in 2026, is 2028).
 */
function clippedYear(digits: string, published: string, future: boolean): number {
  const now = Number(published.slice(0, 4));
  const year = now - (now % 100) + Number(digits);
  const ahead = year > now ? year : year + 100;
  if (future && ahead - now <= AHEAD) return ahead;
  return year > now ? year - 100 : year;
}

/**
 * "In '68, students occupied the university", "Fans have waited since '04": a clipped year, in
 * both readings. "Apartment '68" and a quotation opened before a number ("He said '68 people
 * came'") are not read.
 */
export const readClippedYears: Pass = (text, { published }) =>
  [...text.matchAll(CLIPPED_YEAR)].map((m): Reading => ({
    start: m.index,
    end: m.index + m[0].length,
    priority: 2,
    resolve: () => ({
      type: 'DATE',
      value: String(
        clippedYear(
          m[1]!,
          published,
          tenseAround(text, m.index, m.index + m[0].length) === 'future',
        ),
      ),
      granularity: 'year',
      anchor: { kind: 'published', date: published },
    }),
  }));
