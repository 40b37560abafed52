import type { Pass, Reading } from './Reading.ts';
import { seasonByTense } from './seasonByTense.ts';
import { SEASON_CODES, SEASON_PATTERN } from './seasonNames.ts';
import { isSpringTermBegun } from './isSpringTermBegun.ts';
import { tenseAround } from './tenseAround.ts';

// "the fall semester", "this spring term", "next autumn term", "the summer session", "the 2026
// fall semester", "the spring 2027 semester": a season, with its year when written,
// naming a school's or a legislature's term. Only the singular: "the fall and spring semesters"
// are two terms, left to the season rules.
const SCHOOL_TERM = new RegExp(
  String.raw`\b(?:(this|last|next|the)\s+)?(?:((?:19|20)\d{2})\s+)?(${SEASON_PATTERN})(?:\s+((?:19|20)\d{2}))?\s+(?:semester|term|session)\b(?![-'’])`,
  'gi',
);

// A term whose own verb looks ahead from a report ("said the spring term would begin online",
// "announced that the autumn term was to start late"): the term to come, whatever "said" tells.
// Only a verb of the term's timing or form after it: "would be remembered for the strike" tells
// of the term gone by.
const AHEAD_AFTER =
  /^\s+(?:would|will|is\s+to|was\s+to|(?:is|was)\s+(?:due|set|expected|scheduled)\s+to)\s+(?:not\s+)?(?:start|begin|open|resume|reopen|restart|commence|end|finish|close|run|last|move|be\s+(?:held|taught|delayed|postponed|shortened|extended|cut|moved|online|remote|cancelled|canceled|scrapped|brought))\b/i;

/**
 * A season before "semester", "term" or "session" ("Tuition rises for the fall semester",
 * "Applications for the spring semester open Oct. 1", "Autumn term starts on 3 September"), in
 * both readings: that season, the noun in the extent. The noun tells the season is no tumble ("the
 * fall"), so it is read without the preposition a bare season needs. With no "this", "last" or
 * "next" it goes by tense, and a term told in the present is the one under way or the coming one,
 * as a school's calendar is told ahead; only a past clause gives the last one ("Enrollment fell
 * in the spring semester").
 *
 * @example
 * // Published 2026-09-02: "the spring semester" is 2027-SP.
 * readSchoolTerms('Applications for the spring semester open Oct. 1.', { published: '2026-09-02', locale: 'en-US' });
 */
export const readSchoolTerms: Pass = (text, { published }) => {
  const readings: Reading[] = [];
  for (const m of text.matchAll(SCHOOL_TERM)) {
    const start = m.index;
    const end = start + m[0].length;
    const determiner = m[1]?.toLowerCase();
    const season = SEASON_CODES[m[3]!.toLowerCase()]!;
    const year = m[2] ?? m[4];
    readings.push({
      start,
      end,
      priority: 2,
      resolve: (context) => {
        const tense =
          tenseAround(text, start, end) === 'past' && !AHEAD_AFTER.test(text.slice(end))
            ? 'past'
            : 'future';
        const modifier = determiner === 'the' ? undefined : determiner;
        // "The spring term began online", said in February: the term opened in January.
        const begun =
          !year &&
          !modifier &&
          tense === 'past' &&
          isSpringTermBegun(season, published, text.slice(end));
        return {
          type: 'DATE',
          value: year
            ? `${year}-${season}`
            : begun
              ? `${published.slice(0, 4)}-${season}`
              : seasonByTense(
                  season,
                  published,
                  tense,
                  determiner === 'the' ? undefined : determiner,
                ),
          granularity: 'season',
          anchor: context.deictic.source,
        };
      },
    });
  }
  return readings;
};
