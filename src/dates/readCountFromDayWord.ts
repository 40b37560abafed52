import type { OffsetUnit } from '../model/mention.ts';
import type { Pass, Reading } from './Reading.ts';
import { NUMBER_SOURCE, readNumber } from './readNumber.ts';
import { shiftTimex } from './shiftTimex.ts';

// "a week ago today", "ten years ago yesterday", "two weeks from tomorrow", "a month from today":
// a whole count of days, weeks, fortnights, months or years moved back ("ago") or on ("from")
// from the day a day word names. Not a possessive ("a week from today's vote" is the vote's).
const COUNT_FROM_DAY_WORD = new RegExp(
  `\\b(${NUMBER_SOURCE})\\s+(days?|weeks?|fortnights?|months?|years?)\\s+(ago|from)\\s+` +
    `(today|tomorrow|yesterday)\\b(?![-'’])`,
  'gi',
);
const DAY_WORD_SHIFT: Readonly<Record<string, number>> = { yesterday: -1, today: 0, tomorrow: 1 };

/**
 * "He left a week ago today", "The vote is two weeks from tomorrow": one expression, the day the
 * count lands on from the day word (31 July and 22 August, said on 7 August), not a week gone by
 * beside publication's day. Both readings: TimeML marks the whole phrase as one date, as it does
 * "two weeks from Monday".
 */
export const readCountFromDayWord: Pass = (text, { published }) =>
  [...text.matchAll(COUNT_FROM_DAY_WORD)].flatMap((m): Reading[] => {
    const count = readNumber(m[1]!);
    if (count === undefined || !Number.isInteger(count) || count <= 0) return [];
    const word = m[2]!.toLowerCase();
    const fortnight = word.startsWith('fortnight');
    const unit = (fortnight ? 'week' : word.replace(/s$/, '')) as OffsetUnit;
    const sign = m[3]!.toLowerCase() === 'ago' ? -1 : 1;
    const offset = { amount: sign * count * (fortnight ? 2 : 1), unit };
    const day = shiftTimex(published, {
      amount: DAY_WORD_SHIFT[m[4]!.toLowerCase()]!,
      unit: 'day',
    });
    return [
      {
        start: m.index,
        end: m.index + m[0].length,
        priority: 4,
        resolve: () => ({
          type: 'DATE',
          value: shiftTimex(day, offset),
          granularity: 'day',
          anchor: { kind: 'published', date: published },
          offset,
        }),
      },
    ];
  });
