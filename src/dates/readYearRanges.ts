import type { Pass, Reading } from './Reading.ts';

// "2018-2022", "1998–99": two years joined by a dash, the second after the first.
const YEAR_RANGE = /(?<![\d/.,$-])((?:19|20)\d{2})\s?[-–]\s?((?:19|20)\d{2}|\d{2})(?![\d%-])/g;

// "Rosa Parks 1913-2005", "(1815-1852)": years after a name or in parentheses are a life, its
// birth and its death, not one stretch the text dates something by.
const LIFESPAN_BEFORE = /(?:\b[A-Z][a-z]+\s+|\()$/;

/**
 * Years written as a stretch with a dash: the ISO 8601 interval of the two years (`2018/2022`).
 * TimeML's data marks such stretches in no one way, so its mode leaves them to the year rules.
 */
export const readYearRanges: Pass = (text, { published, timeml }) =>
  [...(timeml ? [] : text.matchAll(YEAR_RANGE))].flatMap((m): Reading[] => {
    const first = Number(m[1]);
    const second = m[2]!.length === 2 ? Math.floor(first / 100) * 100 + Number(m[2]) : Number(m[2]);
    if (second <= first || LIFESPAN_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) {
      return [];
    }
    return [
      {
        start: m.index,
        end: m.index + m[0].length,
        priority: 2,
        resolve: () => ({
          type: 'DATE',
          value: `${first}/${second}`,
          granularity: 'span',
          anchor: { kind: 'published', date: published },
        }),
      },
    ];
  });
