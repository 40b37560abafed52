import type { Pass, Reading } from './Reading.ts';
import { NUMBER_SOURCE, readNumber } from './readNumber.ts';
import { shiftTimex } from './shiftTimex.ts';

// "this day in 1969", "this date in 1944", "this day 80 years ago", "this day, 50 years ago": an
// "on this day" column's date, the day of publication in a year named or counted back. Not after
// "to" or "until" ("remains a mystery to this day"), which is the present, nor before a year's
// possessive, a figure's hyphen or a decade's "s" ("this day in 1969's heat", "1969-70", "this
// date in 1990s money").
const THIS_DAY_IN_YEAR = new RegExp(
  String.raw`(?<!\b(?:to|until|till)\s+)\bthis\s+(?:day|date)\s*(?:\s+in\s+(\d{4})(?![-–'’\ds])|,?\s+(${NUMBER_SOURCE})\s+(years?)\s+ago\b)`,
  'gi',
);

/** The years from publication the words move the day: the year named less publication's, or back. */
function yearsMoved(m: RegExpMatchArray, published: string): number | undefined {
  if (m[1]) return Number(m[1]) - Number(published.slice(0, 4));
  const count = readNumber(m[2]!);
  if (count === undefined || !Number.isInteger(count) || count <= 0) return undefined;
  // A singular unit is counted by one ("this day a year ago"), a plural by more.
  if ((count === 1) !== !m[3]!.toLowerCase().endsWith('s')) return undefined;
  return -count;
}

/**
 * "On this day in 1969, Apollo 11 landed on the Moon", said on 20 July 2026, is 20 July 1969; "On
 * this day 80 years ago, the assembly met", said on 10 January 2026, is 10 January 1946: a DATE at
 * a day's precision, the day of publication moved to the year named or back by the years counted,
 * in both readings (the year alone, or "80 years ago" as a year, was read). A year ahead of
 * publication is left to the year's own reading.
 */
export const readThisDayInYear: Pass = (text, { published }) =>
  [...text.matchAll(THIS_DAY_IN_YEAR)].flatMap((m): Reading[] => {
    const amount = yearsMoved(m, published);
    if (amount === undefined || amount >= 0) return [];
    const offset = { amount, unit: 'year' } as const;
    return [
      {
        start: m.index,
        end: m.index + m[0].length,
        priority: 4,
        resolve: ({ deictic }) => ({
          type: 'DATE',
          value: shiftTimex(deictic.value.slice(0, 10), offset),
          granularity: 'day',
          anchor: deictic.source,
          offset,
        }),
      },
    ];
  });
