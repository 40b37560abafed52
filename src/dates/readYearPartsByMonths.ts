import { HALF, periodByTense, QUARTER, type YearPart } from './periodByTense.ts';
import type { Pass, Reading } from './Reading.ts';
import { sentenceStartAt } from './sentenceEnds.ts';
import { tenseAround } from './tenseAround.ts';

// "the first three months of the year", "the final three months of last year", "the first six
// months of 2024", "the last six months of the year": a quarter or a half named by its months, as
// earnings and economic copy write it, read as "the first quarter" or "the second half" is (the
// news reading only: TimeML mode keeps TimeBank's marking, "the first three months" a DURATION and
// the year a DATE, as it does for "the three months to June"). "the first nine months" and "the
// second three months" name no quarter or half and are left to the length and the year apart, and
// so is "the first six months of the year after the listing", a year counted from an event.
const MONTHS_OF_YEAR =
  /\bthe\s+(first|opening|last|final|closing|second)\s+(three|3|six|6)\s+months\s+of\s+(?:the\s+(year)|(this|last|next)\s+year|((?:19|20)\d\d))\b(?![-\s]+(?:after|before|earlier|ago)\b)/gi;
// The sentence's year, named after a preposition ("In 2024, profit doubled in the first three
// months of the year"); a year as a modifier ("a 2030 net-zero target") names no year the figures
// are of.
const YEAR_BEFORE = /\b(?:in|during|for|of|by)\s+((?:19|20)\d\d)\b(?!.*\b(?:19|20)\d\d\b)/i;

/** Which quarter or half the ordinal and count name, or undefined ("the second three months"). */
function partOf(ordinal: string, count: string): { part: YearPart; n: number } | undefined {
  const first = /^(?:first|opening)$/i.test(ordinal);
  if (/^(?:three|3)$/i.test(count)) {
    if (/^second$/i.test(ordinal)) return undefined;
    return { part: QUARTER, n: first ? 1 : 4 };
  }
  return { part: HALF, n: first ? 1 : 2 };
}

/** The year the words name, or undefined for "the year" with none written before in its sentence. */
function yearNamed(m: RegExpExecArray, text: string, published: string): number | undefined {
  const publishedYear = Number(published.slice(0, 4));
  if (m[5]) return Number(m[5]);
  if (m[4])
    return (
      publishedYear +
      ({ this: 0, last: -1, next: 1 } as const)[m[4].toLowerCase() as 'this' | 'last' | 'next']
    );
  const before = YEAR_BEFORE.exec(text.slice(sentenceStartAt(text, m.index), m.index));
  return before ? Number(before[1]) : undefined;
}

/** "the first three months of the year" (`2025-Q1`), "the last six months of 2024" (`2024-H2`). */
export const readYearPartsByMonths: Pass = (text, { published, timeml }) =>
  timeml
    ? []
    : [...text.matchAll(MONTHS_OF_YEAR)].flatMap((m): Reading[] => {
        const named = partOf(m[1]!, m[2]!);
        if (!named) return [];
        const start = m.index;
        const end = start + m[0].length;
        const year = yearNamed(m, text, published);
        const value =
          year === undefined
            ? periodByTense(named.n, named.part, published, tenseAround(text, start, end))
            : `${year}-${named.part.letter}${named.n}`;
        return [
          {
            start,
            end,
            priority: 5,
            resolve: () => ({
              type: 'DATE',
              value,
              granularity: named.part === QUARTER ? 'quarter' : 'span',
              anchor: { kind: 'published', date: published },
            }),
          },
        ];
      });
