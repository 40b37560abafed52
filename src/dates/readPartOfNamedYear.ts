import { QUARTER_ORDINAL_SOURCE } from './quarterWords.ts';
import { namedParts, namedPartYear, PART_ORDINAL, partEndMonth } from './namedPartYear.ts';
import type { Pass, Reading } from './Reading.ts';

// A half or a quarter by its number alone, after it: "the second half", "the fourth quarter",
// "second-half profit", "the fiscal fourth quarter". Not one of a year or a thing named after it
// ("the second half of 1989", "the second half hour"), nor a half or quarter compared with a year
// back ("the first quarter a year earlier", "the second half of last year").
const BARE_PART = new RegExp(
  String.raw`\b(?:the\s+(?:fiscal\s+)?(${QUARTER_ORDINAL_SOURCE})\s+(half|quarter)|(${QUARTER_ORDINAL_SOURCE})-(half|quarter))\b(?!-|\s+of\b|\s+(?:hours?|minutes?|days?|century|decade|dozen|miles?|innings?|points?|terms?|seasons?|marathon|mile|inch)\b|\s+(?:a\s+year\s+(?:ago|earlier|before)|last\s+year|the\s+year\s+before)\b)`,
  'gi',
);

/**
 * A half or quarter named by its number alone after one named with its year, in its sentence or
 * the one before, is of that year when it ends no earlier: "Economists expect the economy to slow
 * in the first half of 1990 before recovering in the second half", said in November 1989, is
 * `1990-H2`, not the half of publication's year a bare one is read as; "the fourth quarter" after
 * "the third quarter of 1990" is `1990-Q4`. One that ends earlier ("the first quarter" after "the
 * fourth quarter of 1989") may open the next year and is left to its tense, as is one with another
 * year named in between or a year back after it ("the first half of last year"), a game's half (a
 * word of a match in its sentence), and one told ahead after a part of a year before
 * publication's ("the second quarter of 1988 … the fourth quarter would be weaker"): namedPartYear.
 */
export const readPartOfNamedYear: Pass = (text, { published }) => {
  const named = namedParts(text, published);
  if (named.length === 0) return [];
  return [...text.matchAll(BARE_PART)].flatMap((m): Reading[] => {
    const start = m.index;
    const end = start + m[0].length;
    const ordinal = m[1] ?? m[3]!;
    const unit = (m[2] ?? m[4]!).toLowerCase();
    const number = PART_ORDINAL[ordinal.toLowerCase()]!;
    if (unit === 'half' && number > 2) return [];
    const year = namedPartYear(text, start, end, partEndMonth(ordinal, unit), published, named);
    if (year === undefined) return [];
    const value = unit === 'half' ? `${year}-H${number}` : `${year}-Q${number}`;
    return [
      {
        start,
        end,
        priority: 3,
        resolve: () => ({
          type: 'DATE',
          value,
          granularity: unit === 'half' ? 'span' : 'quarter',
          anchor: { kind: 'published', date: published },
        }),
      },
    ];
  });
};
