import type { Pass, Reading } from './Reading.ts';
import { shiftTimex } from './shiftTimex.ts';
import { tenseAround } from './tenseAround.ts';
import { WEEKDAY_PATTERN } from './weekdayNames.ts';

// "overnight" as an adverb: before a stop, a clause's conjunction or a preposition ("fell
// overnight in Asia", "Overnight, rebels shelled"), not before a noun ("an overnight stay",
// "overnight rates"), nor before the days of "overnight Monday into Tuesday", "overnight from
// Monday", which `joinRanges` reads as one night.
const OVERNIGHT = new RegExp(
  `(?<!\\b(?:an?|the)\\s+)\\bovernight\\b(?=\\s*(?:[.,;:!?)"”’—–]|$)|\\s+(?:and|but|or|as|after|before|when|while|in|at|amid|with|without|for|following|despite|by|near|across|because|to|than)\\b)(?!\\s+(?:${WEEKDAY_PATTERN}|from|into)\\b)`,
  'gi',
);

/**
 * "Shares fell overnight", "Overnight, rebels shelled the city": the night of the day the story
 * is on, when a day was told before; otherwise the night just gone (of the day before
 * publication), or the coming one when the clause is told ahead ("will be closed overnight").
 * The news reading gives the day; TimeML mode the night of it (`TNI`).
 */
export const readOvernight: Pass = (text, { published }) =>
  [...text.matchAll(OVERNIGHT)].map((m): Reading => {
    const start = m.index;
    const end = start + m[0].length;
    return {
      start,
      end,
      priority: 2,
      anaphoric: true,
      resolve: (context) => {
        const told = context.day && context.day.value.slice(0, 10) !== published;
        const ahead = tenseAround(text, start, end) === 'future';
        const anchor = told ? context.day! : context.deictic;
        const day = anchor.value.slice(0, 10);
        const value = told || ahead ? day : shiftTimex(day, { amount: -1, unit: 'day' });
        return { type: 'DATE', value, granularity: 'day', anchor: anchor.source };
      },
    };
  });
