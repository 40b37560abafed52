import type { Pass } from './Reading.ts';

// "Talks resume in the new year", "early in the new year", "into the new year": the calendar year
// about to start, as copy of the year's last months writes it, or the one just begun in January.
// Lower case only ("New Year" is the holiday), and not a new year of something else ("the new
// year's budget", "the new year of study") nor the holiday's festivities ("the new year holiday").
const NEW_YEAR =
  /\b[Tt]he new year\b(?!['’]s?\b|\s+(?:of|holidays?|celebrations?|festivities|break|party|parties|fireworks|honours|honors|message|address|resolutions?)\b|-)/g;

// The months whose copy means the coming year by it (September to December) and those that mean
// the year just begun (January, February). In the rest it is a school, fiscal or lunar new year.
const COMING_FROM_MONTH = 9;
const BEGUN_UNTIL_MONTH = 2;

/**
 * "in the new year": the calendar year after the publication year in copy of September to
 * December, the publication year in January and February; elsewhere left unread.
 */
export const readNewYear: Pass = (text, { published }) => {
  const month = Number(published.slice(5, 7));
  const year = Number(published.slice(0, 4));
  const value =
    month >= COMING_FROM_MONTH ? year + 1 : month <= BEGUN_UNTIL_MONTH ? year : undefined;
  if (value === undefined) return [];
  return [...text.matchAll(NEW_YEAR)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    priority: 2,
    resolve: () => ({
      type: 'DATE',
      value: String(value),
      granularity: 'year',
      anchor: { kind: 'published', date: published },
    }),
  }));
};
