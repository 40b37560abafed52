import { monthsOf, SEASON_MONTHS } from './readNeighbourMonths.ts';
import type { Pass } from './Reading.ts';
import { isSeasonBeforeNoun } from './isSeasonBeforeNoun.ts';
import { seasonByTense } from './seasonByTense.ts';
import { SEASON_CODES, SEASON_PATTERN } from './seasonNames.ts';

// "He graduated in 1957 and the following spring was drafted": a season named from the time last
// mentioned, as "the following February" is (readNeighbourMonths). Not a possessive or a word
// joined on ("the following summer's Olympics", "the next summer-long tour"), nor a fall that is a
// tumble ("the next fall in prices", "the following fall from grace").
const NEIGHBOUR_SEASON = new RegExp(
  `\\bthe\\s+(following|next|previous|preceding)\\s+(${SEASON_PATTERN})\\b(?!['’-])(?!(?<=fall)\\s+(?:in|of|from|on|to)\\b)`,
  'gi',
);

/**
 * Seasons read against the time mentioned before them: "He graduated from Notre Dame in 1957 and
 * the following spring was drafted by the Green Bay Packers" is `1958-SP` (was unread); "They
 * married in June 1960, and the next winter their son was born" `1960-WI`; "He was elected in
 * March 2001. The previous winter he had toured the state" `2000-WI`. The first such season after
 * the end of that time, or the last before its start; with no time named before, the one after or
 * before publication, as "next spring" and "last spring" are. Not before a noun it modifies ("the
 * following winter storm", as `isSeasonBeforeNoun` tells), a possessive, nor a fall that is a
 * tumble ("the next fall in prices").
 */
export const readNeighbourSeasons: Pass = (text, { published }) =>
  [...text.matchAll(NEIGHBOUR_SEASON)]
    .filter((m) => !isSeasonBeforeNoun(text, m.index + m[0].length))
    .map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      priority: 3,
      anaphoric: true,
      resolve: ({ anaphoric, deictic }) => {
        const ahead = /^(?:following|next)$/i.test(m[1]!);
        const season = SEASON_CODES[m[2]!.toLowerCase()]!;
        const span = anaphoric.source.kind === 'published' ? undefined : monthsOf(anaphoric.value);
        if (!span) {
          return {
            type: 'DATE',
            value: seasonByTense(
              season,
              published,
              ahead ? 'future' : 'past',
              ahead ? 'next' : 'last',
            ),
            granularity: 'season',
            anchor: deictic.source,
          };
        }
        const [first, last] = SEASON_MONTHS[season]!;
        const from = span.year * 12 + span.first;
        const to = span.year * 12 + span.last;
        // The first year whose season opens after the time ends, or the last whose season closes
        // before it starts.
        let year = span.year - 2;
        if (ahead) while (year * 12 + first <= to) year += 1;
        else {
          year = span.year + 2;
          while (year * 12 + last >= from) year -= 1;
        }
        return {
          type: 'DATE',
          value: `${year}-${season}`,
          granularity: 'season',
          anchor: anaphoric.source,
        };
      },
    }));
