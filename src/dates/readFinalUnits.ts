import { MONTH_NAMES } from './monthNames.ts';
import type { Pass } from './Reading.ts';
import { SEASON_PATTERN } from './seasonNames.ts';

// What a final unit may be the last one of and still be a date to read: a calendar stretch ("the
// last day of the month", "the last week of March", "the final year of the decade", "the last
// day of 2015"), which other passes date.
const CALENDAR_AFTER = new RegExp(
  `^\\s+of\\s+(?:the\\s+|this\\s+|that\\s+|next\\s+|last\\s+)?(?:month|year|week|quarter|decade|century|season|${SEASON_PATTERN}|${MONTH_NAMES.join('|')}|\\d{4})\\b`,
  'i',
);

// "the last day of the festival", "his final week in office", "her last day at work", "its last
// year as a public company": "last" is the final one of something the text names, not the one
// before now ("last week" is the week gone by). A possessive or "the" before it, "of", "in
// office", "at" or "as" after it.
const FINAL_UNIT = new RegExp(
  `\\b(?:the|his|her|its|their|our|my|your)\\s+(?:very\\s+)?(?:last|final)\\s+(?:day|week|month|year|night|morning|evening)\\b(?=\\s+(?:of|in\\s+office|at|as)\\b)`,
  'gi',
);

/**
 * "the last day of the festival", "his last day in office": the final unit of something named is
 * no day reckoned from publication (chrono-node reads "last day" as yesterday). Claimed so that
 * nothing reads it, in both readings (`Reading.claimOnly`); the last day of a calendar stretch
 * ("the last day of the month") is left to the passes that date it.
 */
export const readFinalUnits: Pass = (text) =>
  [...text.matchAll(FINAL_UNIT)]
    .filter((m) => !CALENDAR_AFTER.test(text.slice(m.index + m[0].length)))
    .map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      priority: 9,
      claimOnly: true,
      // Never resolved among mentions; dated on its own, it names no day.
      resolve: (context) => ({
        type: 'DATE',
        value: 'XXXX-XX-XX',
        granularity: 'day',
        anchor: context.deictic.source,
      }),
    }));
