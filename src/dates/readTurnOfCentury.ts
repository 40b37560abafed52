import type { Pass, Reading } from './Reading.ts';
import { CENTURY_ORDINAL_SOURCE, centuryNumber } from './centuryOrdinals.ts';

// "the turn of the century", "the turn of the 20th century", "the turn of the last century", "the
// turn of the millennium": the years around a century's first year.
const TURN = new RegExp(
  `\\bthe\\s+turn\\s+of\\s+(?:the\\s+)?(?:(${CENTURY_ORDINAL_SOURCE})\\s+|(last|this|previous|past)\\s+)?(century|millennium)\\b`,
  'gi',
);
// A year written out before the words: the time a history has reached.
const YEAR_WRITTEN = /\b(1[0-9]\d{2}|20\d{2})(?!\d|s\b|['’-])/g;

/** The year the text had reached before `at`: its last year written out, else publication's. */
function yearReached(text: string, at: number, published: string): number {
  const years = [...text.slice(0, at).matchAll(YEAR_WRITTEN)];
  return Number(years.at(-1)?.[1] ?? published.slice(0, 4));
}

/** The first year of the century or millennium the words name, as "the turn of" it means. */
function turnYear(m: RegExpMatchArray, reached: number, published: string): number {
  const millennium = m[3]!.toLowerCase() === 'millennium';
  const step = millennium ? 1000 : 100;
  if (m[1]) return (centuryNumber(m[1])! - 1) * 100;
  const now = Number(published.slice(0, 4));
  const thisTurn = now - (now % step);
  const which = m[2]?.toLowerCase();
  if (which === 'this') return thisTurn;
  if (which) return thisTurn - step;
  return Math.round(reached / step) * step;
}

/**
 * "Attendance has doubled since the turn of the century" (said in 2025): the year 2000, about
 * (`mod` APPROX), in both readings. "The turn of the 20th century" is 1900, "the turn of the last
 * century" 1900 said in 2025; a bare "the turn of the century" is the turn nearest the year the
 * text has reached, its last year written out or else publication's ("By 1890 the town had 5,000
 * people; by the turn of the century, 9,000" is 1900).
 */
export const readTurnOfCentury: Pass = (text, { published }) =>
  [...text.matchAll(TURN)].map((m): Reading => {
    const value = String(turnYear(m, yearReached(text, m.index, published), published));
    return {
      start: m.index,
      end: m.index + m[0].length,
      priority: 2,
      resolve: () => ({
        type: 'DATE',
        value,
        granularity: 'year',
        mod: 'APPROX',
        anchor: { kind: 'published', date: published },
      }),
    };
  });
