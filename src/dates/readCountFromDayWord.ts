import type { OffsetUnit } from '../model/mention.ts';
import type { Pass, Reading } from './Reading.ts';
import { isLengthCountedFrom } from './isLengthCountedFrom.ts';
import { NUMBER_SOURCE, readNumber } from './readNumber.ts';
import { shiftTimex } from './shiftTimex.ts';

// "a week ago today", "ten years ago yesterday", "two weeks from tomorrow", "a month from today":
// a whole count of days, weeks, fortnights, months or years moved back ("ago") or on ("from")
// from the day a day word names. Not a possessive ("a week from today's vote" is the vote's).
// A count on ("from") that is how long is left apart (isLengthCountedFrom).
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
    const word = m[2]!.toLowerCase();
    const from = m[3]!.toLowerCase() === 'from';
    if (from && isLengthCountedFrom(text, m.index, m.index + m[0].length)) return [];
    // A unit in the singular is counted by one: "nine thousand one year ago today" is a figure and
    // "one year ago today", not 9,001 years.
    let start = m.index;
    let count = readNumber(m[1]!);
    if (count !== 1 && !word.endsWith('s')) {
      const last = /(?:^|\s)(one|an?|1)$/i.exec(m[1]!);
      if (!last) return [];
      start = m.index + last.index + last[0].length - last[1]!.length;
      count = 1;
    }
    if (count === undefined || !Number.isInteger(count) || count <= 0) return [];
    const fortnight = word.startsWith('fortnight');
    const unit = (fortnight ? 'week' : word.replace(/s$/, '')) as OffsetUnit;
    const sign = from ? 1 : -1;
    const offset = { amount: sign * count * (fortnight ? 2 : 1), unit };
    const day = shiftTimex(published, {
      amount: DAY_WORD_SHIFT[m[4]!.toLowerCase()]!,
      unit: 'day',
    });
    return [
      {
        start,
        end: m.index + m[0].length,
        // Cut from a figure, it outranks the figure's count back ("nine thousand one year ago").
        priority: start === m.index ? 4 : 5,
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
