import { pad } from './parseChrono.ts';
import type { Pass } from './Reading.ts';
import { publishedDayReading } from './publishedDayReading.ts';
import { WEEKDAY_CAPITALISED_SOURCE, weekdayNumber } from './weekdayNames.ts';
import { WORK_NOUN_SOURCE } from './workNoun.ts';

// "Friday the 13th", "Monday the 1st": a weekday and the day of the month it falls on, written
// with an ordinal. Not a film's or a series' title ("the horror film Friday the 13th"), nor an
// ordinal that counts the noun after it, the weekday then standing alone ("marked Friday the 25th
// anniversary of its founding", "said Friday the 12th straight quarter of gains was unlikely"),
// nor a sequel's title ("Paramount's Friday the 13th Part VIII opened", a name: weekdayInName).
const COUNTED_AFTER = String.raw`(?!\s+(?:(?:straight|consecutive|successive|annual|largest|biggest)\b|Part\s+(?:[IVX]+|\d+)\b|(?:anniversary|birthday|year|time|session|day|week|month|quarter|round|place|meeting|edition)s?\b))`;
const WEEKDAY_THE_ORDINAL = new RegExp(
  `(?<!\\b(?:${WORK_NOUN_SOURCE})\\s+)\\b(${WEEKDAY_CAPITALISED_SOURCE})\\s+the\\s+([1-9]|[12]\\d|3[01])(?:st|nd|rd|th)\\b${COUNTED_AFTER}`,
  'g',
);

// How many months either side of publication a "Friday the 13th" is looked for: a weekday falls on
// a given day of the month up to the 30th at least once in fourteen months, and copy names the one
// near it. A 31st may fall on it only twenty months apart: where none is within the window, the
// pass reads nothing and the weekday is read alone.
const MONTHS_AROUND = 7;
const DAY_MS = 86_400_000;

/**
 * The date nearest `published` (a yyyy-mm-dd) that is day `day` of its month and falls on
 * `weekday` (Sunday 0), within MONTHS_AROUND months either side, or undefined when none does.
 */
function nearestWeekdayOfDay(published: string, weekday: number, day: number): string | undefined {
  const [year, month, date] = published.split('-').map(Number) as [number, number, number];
  const from = Date.UTC(year, month - 1, date);
  let best: { value: string; distance: number } | undefined;
  for (let step = -MONTHS_AROUND; step <= MONTHS_AROUND; step++) {
    const candidate = new Date(Date.UTC(year, month - 1 + step, day));
    // Day 31 of a 30-day month rolls over into the next; that is no such date.
    if (candidate.getUTCDate() !== day || candidate.getUTCDay() !== weekday) continue;
    const distance = Math.abs(candidate.getTime() - from) / DAY_MS;
    if (best !== undefined && best.distance <= distance) continue;
    const value = `${candidate.getUTCFullYear()}-${pad(candidate.getUTCMonth() + 1)}-${pad(day)}`;
    best = { value, distance };
  }
  return best?.value;
}

/**
 * "The Dow fell 190.58 points on Friday the 13th", said on 16 October 1989, "Since Friday the
 * 13th, the market has regained half its losses", said on 20 October, and "traders are nervous
 * about Friday the 13th, which falls tomorrow", said on 12 October: the Friday that is a 13th
 * nearest publication, 1989-10-13, in both readings, where the weekday alone was read by the
 * tense (the coming Friday, 1989-10-20, for the second and third).
 *
 * @example readWeekdayTheOrdinal('Stocks plunged on Friday the 13th.', { published: '1989-10-16', locale: 'en-US' })
 * // "Friday the 13th" 1989-10-13
 */
export const readWeekdayTheOrdinal: Pass = (text, { published }) =>
  [...text.matchAll(WEEKDAY_THE_ORDINAL)].flatMap((m) => {
    const value = nearestWeekdayOfDay(published, weekdayNumber(m[1]!), Number(m[2]));
    return value === undefined
      ? []
      : [{ ...publishedDayReading(m, value, published), priority: 4 }];
  });
