import type { OffsetUnit } from '../model/mention.ts';
import { durationValue } from './readDurations.ts';
import { LOOKING_BACK, THE_HOURS_LOOKED_OVER } from './hoursLookedOver.ts';
import { shiftTimex } from './shiftTimex.ts';
import { NUMBER_SOURCE, readNumber } from './readNumber.ts';
import type { Pass, Reading } from './Reading.ts';
import { sentenceEnds } from './sentenceEnds.ts';
import { YEAR_TO_DATE_SOURCE } from './yearToDate.ts';

/** The units a span up to publication is counted in, singular ("hour", "decade"). */
export const RECENT_SPAN_UNIT = 'hour|day|week|month|year|decade';

// "less than two weeks ago", "within the past three months", "within the last 24 hours": not a
// point two weeks back but the whole stretch from then up to publication, so a happening on any
// day of it is what the words may mean.
const RECENT_SPAN = new RegExp(
  `\\b(?:(?:less|fewer) than\\s+(${NUMBER_SOURCE})[- ](${RECENT_SPAN_UNIT})s?\\s+ago|within the (?:past|last)\\s+(?:(${NUMBER_SOURCE})\\s+)?(${RECENT_SPAN_UNIT})s?)\\b`,
  'gi',
);

// "over the past week", "in the past month": with no count and "past" (not "last", which names the
// calendar week or month gone by, as "last week" does), the seven days or the month up to
// publication, as "within the past week" is. Not "the past weekend", "the past two weeks" (a count
// read as a length), "the past month and a half" (longer than the unit), nor "the past year",
// which TimeBank writes as the year before.
const THE_PAST_UNIT = /\bthe\s+past\s+(week|month)\b(?!-|\s+and\s+a\s+half\b)/gi;

// "Sales rose 5 percent year to date", "year-to-date sales", "so far in the year to date".
const YEAR_TO_DATE = new RegExp(`\\b(?:the\\s+(?=year to date))?${YEAR_TO_DATE_SOURCE}\\b`, 'gi');
// A superlative or ordinal before it makes it a ranking of years, not a stretch ("the company's
// best year to date", "the hottest year to date", "its third year-to-date gain"); a written year
// before it puts it in that year ("The fund's 2024 year-to-date return").
const RANK_OR_YEAR_BEFORE = new RegExp(
  `\\b(?:best|worst|(?:most|least)\\s+[a-z]+|(?!(?:inter|con|pro|requ|re|for|harv|mod|hon|sugg|arr|inv|dig|manif)est\\b)[a-z]{2,}est|first|second|third|fourth|fifth|\\d+(?:st|nd|rd|th)|(?:1[6-9]|20)\\d{2}(?:['’]s)?)[-\\s]+$`,
  'i',
);
// A year written earlier in the sentence: "In 2023, its year-to-date gains" are of that year.
const WRITTEN_YEAR = /\b(?:1[6-9]|20)\d{2}\b/g;

/** Whether the sentence before `start` writes a year other than the publication year. */
function writesOtherYearBefore(text: string, start: number, published: string): boolean {
  const before = text.slice(0, start);
  const sentenceStart = (sentenceEnds(before, true).at(-1) ?? -1) + 1;
  const years = before.slice(sentenceStart).match(WRITTEN_YEAR) ?? [];
  return years.some((y) => y !== published.slice(0, 4));
}

/** Whether the year to date at `start` is a stretch of the publication year. */
function isStretchToPublication(text: string, start: number, published: string): boolean {
  if (RANK_OR_YEAR_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return false;
  return !writesOtherYearBefore(text, start, published);
}

/** Whole calendar units back from publication: hours in whole days, decades in years. */
function unitsBack(amount: number, unit: string): { amount: number; unit: OffsetUnit } {
  const u = unit.toLowerCase();
  if (u === 'hour' || u === 'hr') return { amount: Math.ceil(amount / 24), unit: 'day' };
  if (u === 'minute' || u === 'min') return { amount: Math.ceil(amount / (24 * 60)), unit: 'day' };
  if (u === 'decade') return { amount: amount * 10, unit: 'year' };
  return { amount, unit: u as OffsetUnit };
}

/**
 * The span from `count` units (one if none, or "few", "several") back from publication up to it,
 * over the words `m` matched; undefined for a count that is not a whole number of at least one.
 */
function spanBack(
  m: RegExpMatchArray,
  count: string | undefined,
  unit: string,
): Reading | undefined {
  // "the past few hours", "within the past day": at least the day before, as hours may cross
  // midnight.
  const amount = count === undefined || /^(?:few|several)$/i.test(count) ? 1 : readNumber(count);
  if (amount === undefined || !Number.isInteger(amount) || amount < 1) return undefined;
  const back = unitsBack(amount, unit);
  const offset = { amount: -back.amount, unit: back.unit };
  return {
    start: m.index!,
    end: m.index! + m[0].length,
    // Above the count read alone ("two weeks ago", "the past three months").
    priority: 4,
    resolve: ({ deictic }) => ({
      type: 'DATE',
      value: `${shiftTimex(deictic.value, offset)}/${deictic.value}`,
      granularity: 'span',
      anchor: deictic.source,
      offset,
    }),
  };
}

/** "year to date", "year-to-date sales": from the first day of the publication year to it. */
function readYearToDate(text: string, published: string): Reading[] {
  return [...text.matchAll(YEAR_TO_DATE)]
    .filter((m) => isStretchToPublication(text, m.index, published))
    .map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      priority: 4,
      resolve: ({ deictic }) => ({
        type: 'DATE',
        value: `${deictic.value.slice(0, 4)}-01-01/${deictic.value}`,
        granularity: 'span',
        anchor: deictic.source,
      }),
    }));
}

/** "less than two weeks ago", "within the past three months". */
function readCountedSpans(text: string): Reading[] {
  return [...text.matchAll(RECENT_SPAN)].flatMap(
    (m) => spanBack(m, m[1] ?? m[3], (m[2] ?? m[4])!) ?? [],
  );
}

/** "over the past week", "in the past month". */
function readThePastUnit(text: string, published: string): Reading[] {
  return [...text.matchAll(THE_PAST_UNIT)].flatMap((m) =>
    // "By March 1999, prices had fallen over the past month": a year other than the publication's
    // written before it sets the time the month runs up to, which is not publication; what the
    // words still give is the length, one month, as "the past two months" gives two.
    writesOtherYearBefore(text, m.index, published)
      ? [unitLength(m, durationValue(1, m[1]!))]
      : (spanBack(m, undefined, m[1]!) ?? []),
  );
}

/** The length `value` the words of `m` give, and no more. */
function unitLength(m: RegExpExecArray, value: string): Reading {
  return {
    start: m.index,
    end: m.index + m[0].length,
    priority: 4,
    resolve: ({ deictic }) => ({
      type: 'DURATION',
      value,
      granularity: 'span',
      anchor: deictic.source,
    }),
  };
}

/**
 * "the past 48 hours", "the last 30 mins", "the past hours": hours (or minutes) looked back over
 * from publication. The news reading gives their length (readDurations); an event dated by them
 * falls on one of the days they reach over.
 */
function readHoursLookedBack(text: string): Reading[] {
  return [...text.matchAll(THE_HOURS_LOOKED_OVER)].flatMap((m) => {
    const { direction, count, unit } = m.groups!;
    if (!LOOKING_BACK.test(direction!)) return [];
    const reading = spanBack(m, count, unit!.replace(/s$/i, ''));
    return reading ? [{ ...reading, datedOnly: true }] : [];
  });
}

/**
 * Spans that end at publication: "less than two weeks ago" and "within the past two weeks" in an
 * article of 16 June 2010 are `2010-06-02/2010-06-16` (an ISO 8601 interval, granularity `span`),
 * with the offset back to its first day. "within the past day" or "less than an hour ago" reaches
 * back to the day before, since the hours may cross midnight. "the past 48 hours" is such a span
 * only for an event dated by it (`Reading.datedOnly`). "year to date" runs from 1 January.
 */
export const readRecentSpans: Pass = (text, { published }) => [
  ...readYearToDate(text, published),
  ...readCountedSpans(text),
  ...readThePastUnit(text, published),
  ...readHoursLookedBack(text),
];
