import type { OffsetUnit } from '../model/mention.ts';
import type { Pass, Reading } from './Reading.ts';
import { NUMBER_SOURCE, readNumber } from './readNumber.ts';
import { shiftTimex } from './shiftTimex.ts';

// "exactly a year ago", "exactly two years ago", "exactly six months ago": "exactly" pins the
// count to the day. The count and unit are the mention; "exactly" stays out of it, as a
// modifier, in a lookbehind. Not a count of days, which is a day anyway; "exactly a year ago
// today" is read the same by readCountFromDayWord, whose longer extent wins.
const EXACTLY_AGO = new RegExp(
  `(?<=\\bexactly\\s+)(${NUMBER_SOURCE})\\s+(weeks?|months?|years?)\\s+ago\\b`,
  'gi',
);

/**
 * "Exactly a year ago, the factory shut for good", said on 22 April 2026, is the day a year back,
 * `2025-04-22`, not the year `2025`: "exactly" names the day the count lands on, as "a year ago
 * today" does. Both readings mark "a year ago" (the count and its unit). A count in the singular
 * other than one ("exactly three year ago") is left, and so is "a year ago" without "exactly",
 * which stays the year.
 *
 * @example readExactlyAgo('Exactly a year ago, the plant shut.', { published: '2026-04-22' })
 */
export const readExactlyAgo: Pass = (text, { published }) =>
  [...text.matchAll(EXACTLY_AGO)].flatMap((m): Reading[] => {
    const word = m[2]!.toLowerCase();
    const count = readNumber(m[1]!);
    if (count === undefined || !Number.isInteger(count) || count <= 0) return [];
    if (count !== 1 && !word.endsWith('s')) return [];
    const unit = word.replace(/s$/, '') as OffsetUnit;
    const offset = { amount: -count, unit };
    return [
      {
        start: m.index,
        end: m.index + m[0].length,
        priority: 4,
        resolve: () => ({
          type: 'DATE',
          value: shiftTimex(published, offset),
          granularity: 'day',
          anchor: { kind: 'published', date: published },
          offset,
        }),
      },
    ];
  });
