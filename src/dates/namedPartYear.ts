import { QUARTER_ORDINAL_SOURCE } from './quarterWords.ts';
import { isEarlierPartContrasted } from './isEarlierPartContrasted.ts';
import { HABIT_ONLY_ADVERB } from './habitWord.ts';
import { MATCH_WORD } from './matchWord.ts';
import { sentenceEnds, sentenceAt } from './sentenceEnds.ts';
import { tenseAround } from './tenseAround.ts';
import { UNIT_SHIFT } from './unitShift.ts';

// A half or a quarter named with its year: "the first half of 1990", "the third quarter of
// fiscal 1991", "the first two quarters of 1990", "the first half of next year", "1990's first
// half".
const NAMED_PART = new RegExp(
  String.raw`\b(?:(${QUARTER_ORDINAL_SOURCE}|last|latter)[\s-](half|quarter)|(first|last)\s+two\s+(quarters))\s+of\s+(?:(?:the\s+)?fiscal\s+(?:year\s+)?)?(?:((?:19|20)\d{2})\b(?![-–/]\d)|(this|last|next)\s+year\b)|\b((?:19|20)\d{2})['’]s\s+(${QUARTER_ORDINAL_SOURCE})\s+(half|quarter)\b`,
  'gi',
);

// A year named between the two, which the later part may belong to instead: "1989", "last year".
const OTHER_YEAR = /\b(?:19|20)\d{2}\b|\b(?:this|last|next|a)\s+year\b|\byear-(?:ago|earlier)\b/i;

// A modal right after the part, looking ahead from what was said: "the fourth quarter would be
// weaker", "the second half should improve".
const AHEAD_AFTER = /^\s+(?:would|will|should)\b/i;
// A present right after the part: "the fourth quarter is traditionally the strongest".
const PRESENT_AFTER = /^\s+(?:is|are)\b/i;
// An adverb that tells only a habit, anywhere in the part's sentence: "profits usually rise".
const HABIT_ADVERB = new RegExp(String.raw`\b(?:${HABIT_ONLY_ADVERB})\b`, 'i');

export const PART_ORDINAL: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  last: 4,
};

/** The last month of a part: the second half ends in month 12, the first quarter in month 3. */
export function partEndMonth(ordinal: string, unit: string): number {
  const n = PART_ORDINAL[ordinal.toLowerCase()]!;
  const half = /^half/i.test(unit);
  return half ? Math.min(n, 2) * 6 : n * 3;
}

/** A half or quarter named with its year: where it is, its year and the month it ends with. */
export interface NamedPart {
  start: number;
  end: number;
  year: number;
  closes: number;
}

/** The halves and quarters of a text named with their year ("the first half of 1990"). */
export function namedParts(text: string, published: string): NamedPart[] {
  const year = Number(published.slice(0, 4));
  return [...text.matchAll(NAMED_PART)].map((m) => {
    const ordinal = m[1] ?? m[3] ?? m[8]!;
    const unit = m[2] ?? m[4] ?? m[9]!;
    const shift = m[6] ? UNIT_SHIFT[m[6].toLowerCase()]! : 0;
    return {
      start: m.index,
      end: m.index + m[0].length,
      year: Number(m[5] ?? m[7] ?? year + shift),
      // "the first two quarters" end with the second.
      closes: m[3] ? (m[3].toLowerCase() === 'first' ? 6 : 12) : partEndMonth(ordinal, unit),
    };
  });
}

/** Where the sentence before the one holding `at` opens (the text's start if there is none). */
function previousSentenceStart(text: string, at: number): number {
  const ends = sentenceEnds(text.slice(0, at), true);
  return ends.length >= 2 ? ends.at(-2)! + 1 : 0;
}

/**
 * The year of a half or quarter named by its number alone (at `start`–`end`, ending with month
 * `closes`) after one named with its year, in its sentence or the one before, when it ends no
 * earlier: "the second half" after "the first half of 1990" is of 1990, as are "the third and
 * fourth quarters" after it. Undefined for one that ends earlier ("the first quarter" after "the
 * fourth quarter of 1989", which may open the next year), one with another year named in between
 * or a year back after it, a game's half (a word of a match in its sentence), and one told ahead
 * after a part of a year before publication's ("the second quarter of 1988 … the fourth quarter
 * would be weaker"): those are left to their tense.
 */
export function namedPartYear(
  text: string,
  start: number,
  end: number,
  closes: number,
  published: string,
  named: readonly NamedPart[] = namedParts(text, published),
): number | undefined {
  const from = previousSentenceStart(text, start);
  const before = named.filter((n) => n.end <= start && n.start >= from).at(-1);
  if (!before) return undefined;
  if (OTHER_YEAR.test(text.slice(before.end, start))) return undefined;
  // "the second half of 1989 fell sharply, but the first half was strong": set against a part of
  // a year gone by, an earlier part is of that year, while publication's is still under way.
  if (
    closes < before.closes &&
    !(
      before.year < Number(published.slice(0, 4)) &&
      // Not once the same part of publication's year has closed: "Profit fell in the fourth
      // quarter of 1989, but the first quarter was better", said on 20 April 1990, is 1990-Q1.
      Number(published.slice(5, 7)) <= closes &&
      isEarlierPartContrasted(text, before.end, start, end)
    )
  )
    return undefined;
  if (MATCH_WORD.test(sentenceAt(text, start, end))) return undefined;
  // "Profit in the second quarter of 1988 rose, but the company said the fourth quarter would
  // be weaker": a part told ahead is not of a year gone by before publication's.
  // "In the fourth quarter, profits usually rise", "The fourth quarter is traditionally its
  // strongest": a part told as a habit or as it is now is not of a year gone by either.
  const ahead =
    tenseAround(text, start, end) === 'future' ||
    AHEAD_AFTER.test(text.slice(end)) ||
    PRESENT_AFTER.test(text.slice(end)) ||
    HABIT_ADVERB.test(sentenceAt(text, start, end));
  if (before.year < Number(published.slice(0, 4)) && ahead) return undefined;
  return before.year;
}
