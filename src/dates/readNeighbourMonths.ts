import { monthByTense } from './monthByTense.ts';
import { MONTH_NAMES, monthNumber } from './monthNames.ts';
import { pad } from './parseChrono.ts';
import type { Pass } from './Reading.ts';

const MONTHS = MONTH_NAMES.join('|');
// "He resigned in March 1996. The following February he was indicted": a month named from the
// time last mentioned, not from publication. A day after the month is in it ("released the
// following March 3": that March's 3rd); not before a year ("the following March 3, 2020" names
// its date), and "May Day" is a holiday, not the month.
const NEIGHBOUR_MONTH = new RegExp(
  `\\bthe\\s+(following|next|previous|preceding)\\s+(${MONTHS})\\b(?!['’-]|\\s+Day\\b|\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s*\\d{4})(?:\\s+([1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?\\b(?!,?\\s*\\d|[:.]\\d))?`,
  'gi',
);
// The months a mention's value spans, first and last: a month or a day in it ("1995-06",
// "1995-06-12T10:00"), a season ("1995-SU": June to August; winter runs into the next year), a
// quarter or a half, or a year.
export const SEASON_MONTHS: Readonly<Record<string, [number, number]>> = {
  SP: [3, 5],
  SU: [6, 8],
  FA: [9, 11],
  WI: [12, 14],
};

/** The first and last month of `value` counted from January of its year (14 = next February). */
export function monthsOf(value: string): { year: number; first: number; last: number } | undefined {
  const m = /^(\d{4})(?:-(?:(\d{2})|(SP|SU|FA|WI)|Q([1-4])|H([12])))?(?![\dW])/.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2]) return { year, first: Number(m[2]), last: Number(m[2]) };
  if (m[3]) {
    const [first, last] = SEASON_MONTHS[m[3]]!;
    return { year, first, last };
  }
  if (m[4]) return { year, first: Number(m[4]) * 3 - 2, last: Number(m[4]) * 3 };
  if (m[5]) return { year, first: Number(m[5]) * 6 - 5, last: Number(m[5]) * 6 };
  return { year, first: 1, last: 12 };
}

/**
 * Months read against the time mentioned before them ("the following February" after "the
 * summer of 1995" is February 1996, "the previous November" after "March 2001" November 2000):
 * the first such month after the end of that time, or the last before its start. With no time
 * named before them, the one after or before publication, as "next February" and "last
 * February" are.
 */
export const readNeighbourMonths: Pass = (text, { published }) =>
  [...text.matchAll(NEIGHBOUR_MONTH)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    priority: 3,
    anaphoric: true,
    resolve: ({ anaphoric, deictic }) => {
      const ahead = /^(?:following|next)$/i.test(m[1]!);
      const day = m[3] ? `-${pad(Number(m[3]))}` : '';
      const granularity = day ? 'day' : 'month';
      const month = monthNumber(m[2]!);
      const span = anaphoric.source.kind === 'published' ? undefined : monthsOf(anaphoric.value);
      if (!span) {
        return {
          type: 'DATE',
          value: `${monthByTense(month, published, ahead ? 'future' : 'past', ahead ? 'next' : 'last')}${day}`,
          granularity,
          anchor: deictic.source,
        };
      }
      const count = ahead
        ? span.last + ((month - span.last + 35) % 12) + 1
        : span.first - ((span.first - month + 35) % 12) - 1;
      const year = span.year + Math.floor((count - 1) / 12);
      return {
        type: 'DATE',
        value: `${year}-${pad(((count - 1 + 1200) % 12) + 1)}${day}`,
        granularity,
        anchor: anaphoric.source,
      };
    },
  }));
