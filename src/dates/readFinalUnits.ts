import { getISOWeeksInYear } from 'date-fns';
import { isYearWrapWeekPast } from './isYearWrapWeekPast.ts';
import { MONTH_NAMES } from './monthNames.ts';
import { pad } from './parseChrono.ts';
import { firstDayAhead } from './firstDayAhead.ts';
import type { Pass, Reading } from './Reading.ts';
import { SEASON_PATTERN } from './seasonNames.ts';
import { tenseAround } from './tenseAround.ts';

// The units a last one is named of ("the last night of the festival"): its own list, with no
// "afternoon", so not PART_OF_DAY's.
const UNIT = '(?:day|week|month|year|night|morning|evening)';
// "her" only before "final": "police questioned her last week" is the week gone by.
const POSSESSIVE =
  "(?:his|its|their|our|my|your|her(?=\\s+final)|(?!(?:It|That|There|Here|What|Who|He|She)['’])[A-Z][a-z]+['’]s)";
// A year's figure, and the "'s" after a year that owns a thing named after it in lower case
// ("1999's legislative session"), which no pass reads as the year's end or start.
const YEAR_FIGURE = '(?:19|20)\\d\\d';
const OWNED_BY_YEAR = "['’]s\\s+[a-z]";
// What a final unit may be the last one of and still be a date to read: a calendar stretch ("the
// last day of the month", "the last week of March", "the final year of the decade", "the last
// day of 2015"), which other passes date.
const CALENDAR_AFTER = new RegExp(
  `^\\s+of\\s+(?:the\\s+|this\\s+|that\\s+|next\\s+|last\\s+)?(?:month|year|week|quarter|decade|century|season|${SEASON_PATTERN}|${MONTH_NAMES.join('|')}|\\d{4}(?!${OWNED_BY_YEAR}))\\b`,
  'i',
);

// "the last day of the festival", "the final year of his presidency", "his last day in office",
// "her final week at the company": "last" is the final one of something the text names, not the
// one before now ("last week" is the week gone by). After "the" only with "of" and a determiner or
// a possessive before a noun; after a possessive with "of", "in office", "at" or "as". Not "in
// the last year as investors bet", "over the last year at the expense of", "the last year of any
// major index": the span up to now, as before. A deadline's "the last day to enroll", "the last
// day for applications", "the final week to claim" is the final one too: a day or a week, then
// "to" and a word in lower case that is no determiner, or "for" and one that is no "which"
// ("the last year to March", "the last week to the end of March" are the span up to March; "the
// last year for which …", "the last month for renters" the span up to now).
const DEADLINE_AFTER =
  '\\s+(?:to\\s+(?!(?:date|the|a|an|this|that|end)\\b)|for\\s+(?!(?:which|whom)\\b))[a-z]';
// A year's own ("the last day of 1999's legislative session", "the first week of 2000's
// session"): the final or first unit of a thing the year held, not of the year. After "the", a
// name ("the last day of the Sydney Olympics").
const YEAR_POSSESSIVE = `${YEAR_FIGURE}['’]s`;
// The year before "'s" after such a unit, read as the year (chrono-node's "last day of 1999" would
// otherwise fall with the unit's claim).
const UNIT_OF_YEAR_POSSESSIVE = new RegExp(
  `\\b[Tt]he\\s+(?:very\\s+)?(?:last|final|first)\\s+${UNIT}\\s+of\\s+(${YEAR_FIGURE})(?=${OWNED_BY_YEAR})`,
  'g',
);
const FINAL_UNIT = new RegExp(
  `\\b(?:[Tt]he\\s+(?:very\\s+)?(?:last|final|first(?=\\s+\\w+\\s+of\\s+${YEAR_POSSESSIVE}))\\s+(?:${UNIT}\\b(?=\\s+of\\s+(?:(?:the|a|an|this|that|${POSSESSIVE})\\s+[a-z]|${YEAR_FIGURE}${OWNED_BY_YEAR}|the\\s+[A-Z][a-z]))|(?:day|week)\\b(?=${DEADLINE_AFTER}))|${POSSESSIVE}\\s+(?:very\\s+)?(?:last|final)\\s+${UNIT}\\b(?=\\s+(?:of|in\\s+office|at|as)\\b))`,
  'g',
);

// "on the last day of the year", "the last night of the year": Dec. 31 of the publication year,
// or of the year gone by when told in the past in January's first week (endDayYear); "the first
// day of the year", Jan. 1 of the publication year. Before a year's figure ("the last day of the
// year 1999") the day is only claimed, up to "day" (`yearNamed`), and the year named is left to
// be read.
const END_DAY_OF_YEAR =
  /\b([Tt]he\s+(?:very\s+)?(last|final|first)\s+(?:day|night))\s+of\s+the\s+year\b(?!['’])(\s+\d)?/g;
// "the year's last day", "the year's final night", "the year's first day": the same days, owned
// by the year, whose words ("the year") are left to be read on their own.
const YEAR_OWNED_END_DAY =
  /\b([Tt]he\s+year['’]s\s+)((?:very\s+)?(last|final|first)\s+(?:day|night))\b/g;
// "the last week of the year", "the final week of the year": the year's last ISO week, whole
// ("1999-W52"), not the year's end; the year as for its last day (endDayYear). So "the first week
// of the year" is its first ISO week. Not before a year's figure ("the last week of the year
// 1999").
const END_WEEK_OF_YEAR =
  /\b[Tt]he\s+(?:very\s+)?(last|final|first)\s+week\s+of\s+the\s+year\b(?!['’]|\s+\d)/g;
// "the last day of 1999", "the first week of 2000", "the final night of 1999": the day or ISO week
// of the year written, as "the last day of the year" is of publication's. Not a year that opens a
// range ("the last week of 1999-2000").
const END_OF_NAMED_YEAR = new RegExp(
  String.raw`\b[Tt]he\s+(?:very\s+)?(last|final|first)\s+(day|night|week)\s+of\s+(${YEAR_FIGURE})\b(?![-–/]\d|${OWNED_BY_YEAR})`,
  'g',
);
// How far back the words before a first day or week are read for "since" or "up 8% from".
const BEFORE_REACH = 60;
// "the year" within either.
const THE_YEAR = /[Tt]he\s+year\b(?!\s+\d)/;

/**
 * Whether the year's first day or week read from `start` to `end` is the coming year's
 * (firstDayAhead): "Computer teams will stay on call through the first week of the year", said on
 * 29 December 1999, is 2000's.
 */
function startAhead(text: string, start: number, end: number, published: string): boolean {
  const before = text.slice(Math.max(0, start - BEFORE_REACH), start);
  return firstDayAhead(tenseAround(text, start, end), published, before);
}

/**
 * The year of the last or first day of "the year" read from `start` to `end`: publication's, but
 * the year gone by for the last day told in the past in the first week of January, when a
 * year-end wrap runs (isYearWrapWeekPast): "Police made 40 arrests on the year's last day", said
 * on 2 January 1990, reads "last day" as 1989-12-31, and so does "On the last day of the year, the
 * index closed at 2,753" told then. "The law took effect on the year's first day" is the new
 * year's. The first day or week is the coming year's when told in December and not in the past
 * (`startAhead`).
 */
function endDayYear(text: string, start: number, end: number, last: boolean, published: string) {
  const year = Number(published.slice(0, 4));
  if (!last) return startAhead(text, start, end, published) ? year + 1 : year;
  const words = THE_YEAR.exec(text.slice(start, end));
  if (!words) return year;
  const from = start + words.index;
  const goneBy = isYearWrapWeekPast(
    text,
    from,
    from + words[0].length,
    tenseAround(text, start, end),
    published,
  );
  return goneBy ? year - 1 : year;
}

/** The value of the last day of "the year" read from `start` to `end`, or of its first day. */
function endDayValue(text: string, start: number, end: number, last: boolean, published: string) {
  return `${endDayYear(text, start, end, last, published)}-${last ? '12-31' : '01-01'}`;
}

/** The claims of FINAL_UNIT, a unit of a thing that is no calendar stretch: no day. */
function finalUnitClaims(text: string): Reading[] {
  return [...text.matchAll(FINAL_UNIT)]
    .filter((m) => !CALENDAR_AFTER.test(text.slice(m.index + m[0].length)))
    .map((m): Reading => ({
      start: m.index,
      end: m.index + m[0].length,
      priority: 9,
      claimOnly: true,
      // Never resolved among mentions; dated on its own, it names no day.
      resolve: (context) => ({
        type: 'DATE',
        value: 'XXXX-XX-XX',
        granularity: 'day',
        anchor: context.deictic.source,
      }),
    }));
}

/**
 * The year of "the last day of 1999's legislative session" (UNIT_OF_YEAR_POSSESSIVE), read as the
 * year.
 */
function yearBeforeUnitPossessive(text: string): Reading[] {
  return [...text.matchAll(UNIT_OF_YEAR_POSSESSIVE)].map((m): Reading => {
    const start = m.index + m[0].length - m[1]!.length;
    return {
      start,
      end: start + m[1]!.length,
      priority: 9,
      resolve: (context) => ({
        type: 'DATE',
        value: m[1]!,
        granularity: 'year',
        anchor: context.deictic.source,
      }),
    };
  });
}

/** "the last day of the year", "the first day of the year": Dec. 31 and Jan. 1 of the year meant. */
function readEndDaysOfYear(text: string, published: string): Reading[] {
  return [...text.matchAll(END_DAY_OF_YEAR)].map((m): Reading => {
    const yearNamed = m[3] !== undefined;
    return {
      start: m.index,
      end: m.index + (yearNamed ? m[1]!.length : m[0].length),
      priority: 9,
      ...(yearNamed ? { claimOnly: true } : {}),
      resolve: (context) => ({
        type: 'DATE',
        value: yearNamed
          ? 'XXXX-XX-XX'
          : endDayValue(text, m.index, m.index + m[0].length, m[2] !== 'first', published),
        granularity: 'day',
        anchor: context.deictic.source,
      }),
    };
  });
}

/**
 * "Y2K teams will stay on call through the last week of the year", said on 20 December 1999:
 * 1999-W52, the week of Dec. 27; 1998's last is 1998-W53. "the first week of the year" is the
 * year's first ISO week, 2000-W01 said then, where it was read as the year's start.
 */
function readEndWeeksOfYear(text: string, published: string): Reading[] {
  return [...text.matchAll(END_WEEK_OF_YEAR)].map((m): Reading => ({
    start: m.index,
    end: m.index + m[0].length,
    priority: 9,
    resolve: (context) => {
      const last = m[1] !== 'first';
      const year = endDayYear(text, m.index, m.index + m[0].length, last, published);
      return {
        type: 'DATE',
        value: `${year}-W${last ? pad(getISOWeeksInYear(new Date(year, 6, 1))) : '01'}`,
        granularity: 'week',
        anchor: context.deictic.source,
      };
    },
  }));
}

/**
 * "Banks had stocked extra cash for the last day of 1999", said on 2 January 2000: 1999-12-31,
 * where "last day" was read as yesterday.
 */
function readEndsOfNamedYear(text: string): Reading[] {
  return [...text.matchAll(END_OF_NAMED_YEAR)].map((m): Reading => {
    const year = Number(m[3]);
    const last = m[1] !== 'first';
    const week = m[2] === 'week';
    const lastWeek = pad(getISOWeeksInYear(new Date(year, 6, 1)));
    return {
      start: m.index,
      end: m.index + m[0].length,
      priority: 9,
      resolve: (context) => ({
        type: 'DATE',
        value: week ? `${year}-W${last ? lastWeek : '01'}` : `${year}-${last ? '12-31' : '01-01'}`,
        granularity: week ? 'week' : 'day',
        anchor: context.deictic.source,
      }),
    };
  });
}

/** "the year's last day", "the year's first day": dated as "the last day of the year" is. */
function readYearOwnedEndDays(text: string, published: string): Reading[] {
  return [...text.matchAll(YEAR_OWNED_END_DAY)].map((m): Reading => {
    const start = m.index + m[1]!.length;
    return {
      start,
      end: start + m[2]!.length,
      priority: 9,
      resolve: (context) => ({
        type: 'DATE',
        value: endDayValue(text, m.index, m.index + m[0].length, m[3] !== 'first', published),
        granularity: 'day',
        anchor: context.deictic.source,
      }),
    };
  });
}

/**
 * "the last day of the festival", "his last day in office": the final unit of something named is
 * no day reckoned from publication (chrono-node reads "last day" as yesterday). Claimed so that
 * nothing reads it, in both readings (`Reading.claimOnly`); the last day of a calendar stretch
 * ("the last day of the month") is left to the passes that date it, "the last day of the year" is
 * Dec. 31 and "the first day of the year" Jan. 1.
 */
export const readFinalUnits: Pass = (text, { published }) => [
  ...finalUnitClaims(text),
  ...yearBeforeUnitPossessive(text),
  ...readEndDaysOfYear(text, published),
  ...readEndWeeksOfYear(text, published),
  ...readEndsOfNamedYear(text),
  ...readYearOwnedEndDays(text, published),
];
