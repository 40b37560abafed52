import { MATCH_WORD } from './matchWord.ts';
import type { Pass, Reading } from './Reading.ts';
import { sentenceEnds, sentenceAt } from './sentenceEnds.ts';
import { tenseAround } from './tenseAround.ts';
import { UNIT_SHIFT } from './unitShift.ts';

// A half or a quarter named with its year: "the first half of 1990", "the third quarter of
// fiscal 1991", "the first two quarters of 1990", "the first half of next year", "1990's first
// half".
const NAMED_PART =
  /\b(?:(first|second|third|fourth|last|latter)[\s-](half|quarter)|(first|last)\s+two\s+(quarters))\s+of\s+(?:(?:the\s+)?fiscal\s+(?:year\s+)?)?(?:((?:19|20)\d{2})\b(?![-–/]\d)|(this|last|next)\s+year\b)|\b((?:19|20)\d{2})['’]s\s+(first|second|third|fourth)\s+(half|quarter)\b/gi;

// A half or a quarter by its number alone, after it: "the second half", "the fourth quarter",
// "second-half profit", "the fiscal fourth quarter". Not one of a year or a thing named after it
// ("the second half of 1989", "the second half hour"), nor a half or quarter compared with a year
// back ("the first quarter a year earlier", "the second half of last year").
const BARE_PART =
  /\b(?:the\s+(?:fiscal\s+)?(first|second|third|fourth)\s+(half|quarter)|(first|second|third|fourth)-(half|quarter))\b(?!-|\s+of\b|\s+(?:hours?|minutes?|days?|century|decade|dozen|miles?|innings?|points?|terms?|seasons?|marathon|mile|inch)\b|\s+(?:a\s+year\s+(?:ago|earlier|before)|last\s+year|the\s+year\s+before)\b)/gi;

// A year named between the two, which the bare part may belong to instead: "1989", "last year".
const OTHER_YEAR = /\b(?:19|20)\d{2}\b|\b(?:this|last|next|a)\s+year\b|\byear-(?:ago|earlier)\b/i;

// A modal right after the part, looking ahead from what was said: "the fourth quarter would be
// weaker", "the second half should improve".
const AHEAD_AFTER = /^\s+(?:would|will|should)\b/i;

const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, last: 4 };

/** The last month of a part: the second half ends in month 12, the first quarter in month 3. */
function endMonth(ordinal: string, unit: string): number {
  const n = ORDINAL[ordinal.toLowerCase()]!;
  const half = /^half/i.test(unit);
  return half ? Math.min(n, 2) * 6 : n * 3;
}

/** Where the sentence before the one holding `at` opens (the text's start if there is none). */
function previousSentenceStart(text: string, at: number): number {
  const ends = sentenceEnds(text.slice(0, at), true);
  return ends.length >= 2 ? ends.at(-2)! + 1 : 0;
}

/**
 * A half or quarter named by its number alone after one named with its year, in its sentence or
 * the one before, is of that year when it ends no earlier: "Economists expect the economy to slow
 * in the first half of 1990 before recovering in the second half", said in November 1989, is
 * `1990-H2`, not the half of publication's year a bare one is read as; "the fourth quarter" after
 * "the third quarter of 1990" is `1990-Q4`. One that ends earlier ("the first quarter" after "the
 * fourth quarter of 1989") may open the next year and is left to its tense, as is one with another
 * year named in between or a year back after it ("the first half of last year"), a game's half (a
 * word of a match in its sentence), and one told ahead after a part of a year before
 * publication's ("the second quarter of 1988 … the fourth quarter would be weaker").
 */
export const readPartOfNamedYear: Pass = (text, { published }) => {
  const year = Number(published.slice(0, 4));
  const named = [...text.matchAll(NAMED_PART)].map((m) => {
    const ordinal = m[1] ?? m[3] ?? m[8]!;
    const unit = m[2] ?? m[4] ?? m[9]!;
    const shift = m[6] ? UNIT_SHIFT[m[6].toLowerCase()]! : 0;
    return {
      start: m.index,
      end: m.index + m[0].length,
      year: Number(m[5] ?? m[7] ?? year + shift),
      // "the first two quarters" end with the second.
      closes: m[3] ? (m[3].toLowerCase() === 'first' ? 6 : 12) : endMonth(ordinal, unit),
    };
  });
  if (named.length === 0) return [];
  return [...text.matchAll(BARE_PART)].flatMap((m): Reading[] => {
    const start = m.index;
    const end = start + m[0].length;
    const ordinal = m[1] ?? m[3]!;
    const unit = (m[2] ?? m[4]!).toLowerCase();
    if (unit === 'half' && ORDINAL[ordinal.toLowerCase()]! > 2) return [];
    const from = previousSentenceStart(text, start);
    const before = named.filter((n) => n.end <= start && n.start >= from).at(-1);
    if (!before) return [];
    if (OTHER_YEAR.test(text.slice(before.end, start))) return [];
    if (endMonth(ordinal, unit) < before.closes) return [];
    if (MATCH_WORD.test(sentenceAt(text, start, end))) return [];
    // "Profit in the second quarter of 1988 rose, but the company said the fourth quarter would
    // be weaker": a part told ahead is not of a year gone by before publication's.
    const ahead = tenseAround(text, start, end) === 'future' || AHEAD_AFTER.test(text.slice(end));
    if (before.year < year && ahead) return [];
    const number = ORDINAL[ordinal.toLowerCase()]!;
    const value = unit === 'half' ? `${before.year}-H${number}` : `${before.year}-Q${number}`;
    return [
      {
        start,
        end,
        priority: 3,
        resolve: () => ({
          type: 'DATE',
          value,
          granularity: unit === 'half' ? 'span' : 'quarter',
          anchor: { kind: 'published', date: published },
        }),
      },
    ];
  });
};
