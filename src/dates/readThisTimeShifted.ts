import type { OffsetUnit } from '../model/mention.ts';
import type { Pass, Reading } from './Reading.ts';
import { toLocalDate } from './calendarDate.ts';
import { shiftTimex } from './shiftTimex.ts';
import { toTimex } from './toTimex.ts';

// "this time tomorrow", "this time next week", "this time last year": the day of publication
// moved by a day, a week, a month or a year, one expression. Not a possessive after it ("this time
// last year's winner"), where "last year" belongs to the noun.
const THIS_TIME_SHIFTED =
  /\bthis time (tomorrow|yesterday|(next|last) (week|month|year))\b(?!['’]s\b)/gi;

/** How far and which way the words after "this time" move the day. */
function shiftOf(words: string): { amount: number; unit: OffsetUnit } {
  const [first, unit] = words.toLowerCase().split(' ') as [string, OffsetUnit | undefined];
  if (first === 'tomorrow') return { amount: 1, unit: 'day' };
  if (first === 'yesterday') return { amount: -1, unit: 'day' };
  return { amount: first === 'next' ? 1 : -1, unit: unit! };
}

/**
 * "Further snow is possible this time next week", "Prices are 10 per cent higher than this time
 * last year": the same day a week, a month or a year on or back (or the day after or before), a
 * DATE at a day's precision counted from publication in the news reading; the words "next week"
 * alone gave the week, "last year" alone the year. TimeML mode reads the phrase at its unit's
 * precision, as TimeBank's annotators value "this time last week" (the week gone by) and "this
 * time next year" (the year to come); "this time tomorrow" and "this time yesterday" stay a day.
 */
export const readThisTimeShifted: Pass = (text, { timeml }) =>
  [...text.matchAll(THIS_TIME_SHIFTED)].map((m): Reading => ({
    start: m.index,
    end: m.index + m[0].length,
    priority: 4,
    resolve: ({ deictic }) => {
      const offset = shiftOf(m[1]!);
      const day = shiftTimex(deictic.value.slice(0, 10), offset);
      const granularity = timeml ? offset.unit : 'day';
      return {
        type: 'DATE',
        value: toTimex(toLocalDate(day), granularity),
        granularity,
        anchor: deictic.source,
        offset,
      };
    },
  }));
