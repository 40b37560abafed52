import type { Pass, Reading } from './Reading.ts';

// "the 2024-25 season", "the 2019/20 financial year": a season or year that straddles two years.
const SEASON_YEARS =
  /\bthe ((?:19|20)\d{2})[-–/](\d{2}|(?:19|20)\d{2}) (?:season|campaign|school year|academic year|financial year|fiscal year|tax year|winter)\b/gi;

/** A season written across two calendar years: the interval of those years (`2024/2025`). */
export const readSeasonYears: Pass = (text, { published }) =>
  [...text.matchAll(SEASON_YEARS)].flatMap((m): Reading[] => {
    const first = Number(m[1]);
    const second = m[2]!.length === 2 ? Math.floor(first / 100) * 100 + Number(m[2]) : Number(m[2]);
    if (second !== first + 1) return [];
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
