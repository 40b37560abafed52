import { addMonths, getDaysInMonth } from 'date-fns';
import { toCalendarDate, toLocalDate } from './calendarDate.ts';
import type { Pass, Reading } from './Reading.ts';
import { tenseAround } from './tenseAround.ts';
import { PART_OF_DAY_SOURCE } from './partOfDay.ts';

// "the afternoon of the 3rd", "the early hours of the 21st", and "on the 3rd" closing a phrase:
// a day of the month named by its ordinal alone. A bare "the 3rd" is too often a rank ("the 3rd
// round"), so without a part of the day it must follow "on" and end the phrase.
const ORDINAL_DAY = new RegExp(
  String.raw`\b(?:the (?:(?:early|late)\s+)?(?:${PART_OF_DAY_SOURCE}|early hours) of the|(?<=\bon )the) ([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?[A-Za-z])`,
  'gi',
);

/**
 * A day of the month named by its ordinal: the latest such day on or before publication, or the
 * next one on or after it when the sentence speaks of the future. The news reading gives the day
 * whatever part of it the words name.
 */
export const readOrdinalDays: Pass = (text, { published }) =>
  [...text.matchAll(ORDINAL_DAY)].map((m): Reading => {
    const start = m.index;
    const end = start + m[0].length;
    const day = Number(m[1]);
    return {
      start,
      end,
      priority: 2,
      resolve: () => {
        const pub = toLocalDate(published);
        const ahead = tenseAround(text, start, end) === 'future';
        let month = new Date(pub.getFullYear(), pub.getMonth(), 1);
        const fits = (first: Date) => {
          if (day > getDaysInMonth(first)) return false;
          const date = new Date(first.getFullYear(), first.getMonth(), day);
          return ahead ? date >= pub : date <= pub;
        };
        for (let i = 0; i < 12 && !fits(month); i++) month = addMonths(month, ahead ? 1 : -1);
        return {
          type: 'DATE',
          value: toCalendarDate(new Date(month.getFullYear(), month.getMonth(), day)),
          granularity: 'day',
          anchor: { kind: 'published', date: published },
        };
      },
    };
  });
