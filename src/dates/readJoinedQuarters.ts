import { isGameQuarter } from './isGameQuarter.ts';
import { MATCH_WORD } from './matchWord.ts';
import { namedPartYear } from './namedPartYear.ts';
import { periodByTense, QUARTER } from './periodByTense.ts';
import { QUARTER_WORDS } from './quarterWords.ts';
import type { Pass, Reading } from './Reading.ts';
import { sentenceAt } from './sentenceEnds.ts';
import { tenseAround } from './tenseAround.ts';
import { UNIT_SHIFT } from './unitShift.ts';

// "the second and third quarters", "the third or fourth quarter of 1990", "second- and
// third-quarter results": two quarters joined by their numbers, the noun (and the year) said once.
const JOINED_QUARTERS =
  /\b(?:the\s+(?:fiscal\s+)?(first|second|third)\s+(?:and|or)\s+(second|third|fourth)\s+quarters?|(first|second|third)-\s+(?:and|or)\s+(second|third|fourth)-quarter)\b(?:\s+of\s+(?:(?:the\s+)?fiscal\s+(?:year\s+)?)?(?:((?:19|20)\d{2})\b(?![-–/]\d)|(this|last|next)\s+year\b))?/gi;

// The second number of the pair as a word of its own ("third" in "the second and third
// quarters"): one pattern for each number the pair may end with, built once.
const SECOND_WORD: Readonly<Record<string, RegExp>> = Object.fromEntries(
  ['second', 'third', 'fourth'].map((word) => [word, new RegExp(String.raw`\b${word}\b`, 'i')]),
);

/**
 * Two quarters named by their numbers with one noun: "The company reported losses in the second
 * and third quarters", said on 7 November 1989, names `1989-Q2` ("the second") and `1989-Q3`
 * ("third quarters"), the first read as a bare quarter is (by the sentence's tense) and the second in
 * the same year, unless a year follows ("the third and fourth quarters of 1990") or a half or
 * quarter named before with its year gives it, as it does a single part (namedPartYear): "slow
 * growth in the first half of 1992, with the biggest gains in the third and fourth quarters", said
 * on 18 July 1991, is `1992-Q3` and `1992-Q4`. Not a game's quarters ("scored 20 points in
 * the second and third quarters"), nor the first number alone before another noun.
 */
export const readJoinedQuarters: Pass = (text, { published }) =>
  [...text.matchAll(JOINED_QUARTERS)].flatMap((m): Reading[] => {
    const start = m.index;
    const end = start + m[0].length;
    if (isGameQuarter(text, start, end) || MATCH_WORD.test(sentenceAt(text, start, end))) return [];
    const first = QUARTER_WORDS[(m[1] ?? m[3]!).toLowerCase()]!;
    const second = QUARTER_WORDS[(m[2] ?? m[4]!).toLowerCase()]!;
    if (second <= first) return [];
    // Without a year of their own, of a half or quarter named before with its year, as a single
    // part is ("the first half of 1992, with the biggest gains in the third and fourth quarters").
    // The pair ends with its second quarter: "the first and second quarters" lie within "the first
    // half of 1990" named before them.
    const year = m[5]
      ? Number(m[5])
      : m[6]
        ? Number(published.slice(0, 4)) + UNIT_SHIFT[m[6].toLowerCase()]!
        : namedPartYear(text, start, end, second * 3, published);
    // "the second" (or "second-"), then from the second number to the end.
    const firstWords = /^(?:the\s+(?:fiscal\s+)?)?\w+/i.exec(m[0])![0];
    const secondAt = m[0].search(SECOND_WORD[(m[2] ?? m[4]!).toLowerCase()]!);
    // The two are quarters of one year: the first read by tense, the second in its year.
    const firstValue =
      year === undefined
        ? periodByTense(first, QUARTER, published, tenseAround(text, start, end))
        : `${year}-Q${first}`;
    const value = (n: number): string => `${firstValue.slice(0, 4)}-Q${n}`;
    const reading = (from: number, to: number, n: number): Reading => ({
      start: from,
      end: to,
      priority: 3,
      resolve: () => ({
        type: 'DATE',
        value: value(n),
        granularity: 'quarter',
        anchor: { kind: 'published', date: published },
      }),
    });
    return [
      reading(start, start + firstWords.length, first),
      reading(start + secondAt, end, second),
    ];
  });
