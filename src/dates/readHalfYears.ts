import type { Pass, Reading } from './Reading.ts';
import { UNIT_SHIFT } from './readPeriods.ts';

// "the first half of 2024", "the last half of 1989", "the second half of the year", "the first
// half of next year", "the first two quarters of 1990", "1998's second half", and business
// shorthand "H1 2024", "1H 2024".
const HALF_YEAR =
  /\bthe\s+(?:(first|second|last|latter|back|front)\s+half|(first|last)\s+two\s+quarters)\s+of\s+(?:((?:19|20)\d{2})\b|(?:the|this|(last|next))\s+year\b)|\b(?:H([12])|([12])H)\s+((?:19|20)\d{2})\b|\b((?:19|20)\d{2})['’]s\s+(first|second)\s+half\b/gi;
/**
 * A half year as TIMEX writes it, H1 or H2 (`2024-H1`); "the year" is the publication year. A
 * bare "the first half" is left alone: in sports copy it is half of a match.
 */
export const readHalfYears: Pass = (text, { published }) => {
  const year = Number(published.slice(0, 4));
  return [...text.matchAll(HALF_YEAR)].map((m): Reading => {
    const which = (m[1] ?? m[2] ?? m[9] ?? '').toLowerCase();
    const half = m[5] ?? m[6] ?? (which === 'first' || which === 'front' ? '1' : '2');
    const shift = m[4] ? UNIT_SHIFT[m[4].toLowerCase()]! : 0;
    return {
      start: m.index,
      end: m.index + m[0].length,
      priority: 2,
      resolve: () => ({
        type: 'DATE',
        value: `${m[3] ?? m[7] ?? m[8] ?? year + shift}-H${half}`,
        granularity: 'span',
        anchor: { kind: 'published', date: published },
      }),
    };
  });
};
