import type { Pass, Reading } from './Reading.ts';
import { shiftTimex } from './shiftTimex.ts';
import { timexRange } from './timexRange.ts';

// "the eve of the summit", "the eve of the G7 summit", "the eve of Sunday's vote": the occasion
// is one noun, after a name or a number that may qualify it.
const EVE =
  /\bthe eve of (?:(?:the|a|an|this|that|its|his|her|their|our|next|last)\s+|[A-Z]\w*['’]s\s+)(?:[A-Z0-9][\w-]*\s+)?[a-z][\w-]*/g;

/**
 * "on the eve of the summit": the day before the occasion, whose date is the calendar mention
 * before it ("Leaders meet on June 25 … on the eve of the summit" → 24 June). An anchor known
 * only to the week or month is kept as it is, as "two days later" after "in 2019" is 2019. TimeML's data does not
 * mark it, so its mode leaves it out.
 */
export const readEve: Pass = (text, { timeml }) =>
  [...(timeml ? [] : text.matchAll(EVE))].map((m): Reading => ({
    start: m.index,
    end: m.index + m[0].length,
    priority: 3,
    anaphoric: true,
    resolve: ({ anaphoric }) => {
      const day = /^\d{4}-\d{2}-\d{2}/.exec(anaphoric.value)?.[0];
      const value = day ? shiftTimex(day, { amount: -1, unit: 'day' }) : anaphoric.value;
      return {
        type: 'DATE',
        value,
        granularity: timexRange(value).granularity,
        anchor: anaphoric.source,
        offset: { amount: -1, unit: 'day' },
      };
    },
  }));
