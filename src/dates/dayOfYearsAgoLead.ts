import type { DayMonthAt } from './DayMonthAt.ts';
import { pad } from './parseChrono.ts';
import { NUMBER_SOURCE, readNumber } from './readNumber.ts';
import { sentenceAround } from './tenseAround.ts';

// A count of years gone by (one to twenty, as NUMBER_SOURCE writes a count, or "a decade") and
// "ago".
const YEARS_AGO = String.raw`\b(${NUMBER_SOURCE})\s+(years?|decades?)\s+ago`;
// The count that opens the sentence, its comma, then the day ("Two years ago, Oct. 19 …", "A year
// ago, on Oct. 13 …").
const FRONTED_YEARS_AGO = new RegExp(String.raw`^\s*${YEARS_AGO}\s*,\s*(?:on\s+)?$`, 'i');
// What the day became or was ("Oct. 19 became Black Monday", "Dec. 3 was the date"): the day is
// the subject of a past told of that year.
const BECAME_AFTER = /^\s*(?:became|was)\b/i;
// "Oct. 19 became Black Monday two years ago": the count after, in the day's own clause, a few
// words of what it became between. Not a count another verb or clause owns ("June 30 became the
// deadline under a law passed two years ago"): no past participle, relative word or preposition
// of time between.
const BECAME_YEARS_AGO_AFTER = new RegExp(
  String.raw`^\s*became\s+(?:(?!(?:that|which|who|under|since|after|before|by|when|\w+ed)\b)[\w'’-]+\s+){1,5}?${YEARS_AGO}`,
  'i',
);

/**
 * The day and month that opens a sentence after a count of years gone by, as the subject of
 * "became" or "was" ("Two years ago, Oct. 19 became Black Monday", said on 18 October 1989), or
 * that "became" something that count of years ago ("Oct. 19 became Black Monday two years ago"):
 * that year's day, `1987-10-19`, not the one reckoned from publication by the past. `undefined`
 * when the words are otherwise ("Two years after the crash, Oct. 13 became …", "Two years ago the
 * market crashed; this year Oct. 13 became a reminder").
 *
 * @example
 * dayOfYearsAgoLead({
 *   text: 'Two years ago, Oct. 19 became Black Monday.',
 *   start: 15,
 *   end: 22,
 *   month: 10,
 *   day: 19,
 *   published: '1989-10-18',
 * })
 * // '1987-10-19'
 */
export function dayOfYearsAgoLead({
  text,
  start,
  end,
  month,
  day,
  published,
}: DayMonthAt): string | undefined {
  const { before, after } = sentenceAround(text, start, end);
  const m =
    (BECAME_AFTER.test(after) ? FRONTED_YEARS_AGO.exec(before) : null) ??
    BECAME_YEARS_AGO_AFTER.exec(after);
  if (!m) return undefined;
  const count = readNumber(m[1]!);
  if (count === undefined || !Number.isInteger(count) || count < 1 || count > 20) return undefined;
  const years = /^decade/i.test(m[2]!) ? count * 10 : count;
  return `${yearNearest(published, years, month, day)}-${pad(month)}-${pad(day)}`;
}

// The year whose month and day lies nearest the day `years` before publication: "Two years ago,
// Oct. 19 …", said on 8 January 1990, is 1987's Oct. 19 (81 days from 8 January 1988), not
// 1988's (285 days after it).
function yearNearest(published: string, years: number, month: number, day: number): number {
  const [y, m, d] = published.split('-').map(Number) as [number, number, number];
  const anchor = Date.UTC(y - years, m - 1, d);
  const away = (year: number) => Math.abs(Date.UTC(year, month - 1, day) - anchor);
  return [y - years - 1, y - years + 1].reduce(
    (best, year) => (away(year) < away(best) ? year : best),
    y - years,
  );
}
