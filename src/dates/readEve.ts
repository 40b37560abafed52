import { isPersonalOccasionEve } from './isPersonalOccasionEve.ts';
import type { Pass, Reading } from './Reading.ts';
import { shiftTimex } from './shiftTimex.ts';
import { tenseAround } from './tenseAround.ts';
import { timexRange } from './timexRange.ts';
import { weekdayByTense } from './weekdayByTense.ts';
import { WEEKDAY_CAPITALISED_SOURCE, weekdayNumber } from './weekdayNames.ts';
import { dayOfValue } from './valueShape.ts';

// "the eve of the summit", "the eve of the G7 summit", "the eve of Sunday's vote", "the eve of the
// Sunday vote": the occasion is one noun, after a name, a number or a weekday that may qualify it.
const EVE = new RegExp(
  `\\b[Tt]he eve of (?:the\\s+(${WEEKDAY_CAPITALISED_SOURCE})\\s+(?=[a-z])|(?:the|a|an|this|that|its|his|her|their|our|next|last)\\s+|(${WEEKDAY_CAPITALISED_SOURCE})['’]s\\s+|[A-Z]\\w*['’]s\\s+)(?:[A-Z0-9][\\w-]*\\s+)?[A-Za-z][\\w-]*`,
  'g',
);

/**
 * "on the eve of the summit": the day before the occasion. Its date is the weekday the words
 * give ("the eve of Sunday's vote", that Sunday as the tense reads it) or else the calendar
 * mention before it ("Leaders meet on June 25 … on the eve of the summit" → 24 June). An anchor
 * known only to the week or month is kept as it is, as "two days later" after "in 2019" is 2019.
 * TimeML's data does not mark it, so its mode leaves it out.
 */
export const readEve: Pass = (text, { published, timeml }) =>
  [...(timeml ? [] : text.matchAll(EVE))].flatMap((m): Reading[] => {
    // "on the eve of her 100th birthday": a person's own day, which the text does not date.
    if (isPersonalOccasionEve(text.slice(m.index, m.index + 80))) return [];
    const start = m.index;
    const end = start + m[0].length;
    const weekday = m[1] ?? m[2];
    if (weekday) {
      return [
        {
          start,
          end,
          priority: 3,
          resolve: () => {
            const day = weekdayByTense(
              weekdayNumber(weekday),
              published,
              tenseAround(text, start, end),
            );
            return {
              type: 'DATE',
              value: shiftTimex(day, { amount: -1, unit: 'day' }),
              granularity: 'day',
              anchor: { kind: 'published', date: published },
            };
          },
        },
      ];
    }
    return [
      {
        start,
        end,
        priority: 3,
        anaphoric: true,
        resolve: ({ anaphoric }) => {
          const day = dayOfValue(anaphoric.value);
          const value = day ? shiftTimex(day, { amount: -1, unit: 'day' }) : anaphoric.value;
          return {
            type: 'DATE',
            value,
            granularity: timexRange(value).granularity,
            anchor: anaphoric.source,
            offset: { amount: -1, unit: 'day' },
          };
        },
      },
    ];
  });
