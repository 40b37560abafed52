import { QUARTER_ORDINAL_SOURCE, QUARTER_WORDS } from './quarterWords.ts';
import { addQuarters, subYears } from 'date-fns';
import { bareYearAgoKind } from './bareYearAgoKind.ts';
import { monthNamedAfterSpan, monthsComparedWith } from './monthsComparedWith.ts';
import { sameAYearAgoKind } from './sameAYearAgoKind.ts';
import { toLocalDate } from './calendarDate.ts';
import type { Pass, Reading, ReadingContext } from './Reading.ts';
import { MONTH_NAMES, MONTH_WORD_SOURCE, monthNumber } from './monthNames.ts';
import { periodByTense, QUARTER } from './periodByTense.ts';
import { ordinalResultsPeriods } from './ordinalResultsPeriods.ts';
import { quarterEndedIn } from './quarterEndedIn.ts';
import { tenseAround } from './tenseAround.ts';
import { sentenceEnds } from './sentenceEnds.ts';
import { timexRange } from './timexRange.ts';
import { toTimex } from './toTimex.ts';
import { isQuarterValue } from './valueShape.ts';
import { CAPITALISED } from './capitalised.ts';

// A half-year or a month, which "the same period" may mean instead of a quarter.
const OTHER_PERIOD = /^(\d{4})(-H[12]|-\d{2})$/;

// Earnings news: "the quarter", "the latest quarter" is the one being reported, and the
// "year-ago quarter", "year-earlier period" is that quarter a year before. "The
// quarter-to-quarter comparison" names no quarter, nor does a cup's "quarter-final(s)".
const THE_QUARTER =
  /\b(?:the|that) (?:(?:latest|most recent|recent|just-ended|just-completed|fiscal) )?quarter\b(?!-to-|-?finals?\b|-?finalists?\b)|\bthe (?:latest|most recent) period\b(?! of\b| century| mile| point| hour| inch)/gi;
const YEAR_AGO = new RegExp(
  String.raw`\b(?:(?:the|a) )?(?:comparable |same )?year-(?:ago|earlier)(?: (${QUARTER_ORDINAL_SOURCE}))?(?:[ -](?:quarter|period|month))?\b`,
  'gi',
);
// A year-ago comparison with no noun of its own after an article: "the year-earlier level".
const BARE_WITH_ARTICLE = /^(?:the|a) (?=year-(?:ago|earlier)$)/i;
// "the same quarter last year", "the same period a year earlier", "the corresponding quarter of
// the previous year": present-day copy's way of writing the year-ago quarter; "the same month
// last year" the year-ago month.
const SAME_A_YEAR_AGO = new RegExp(
  String.raw`\bthe (?:same|comparable|corresponding) (?:(${QUARTER_ORDINAL_SOURCE}) )?(?:quarter|period|month) (?:(?:of |in )?last year|a year (?:earlier|ago|before)|(?:of|in) the (?:previous|prior|preceding) year)\b`,
  'gi',
);

// What a year-ago expression compares with: "the year-ago quarter" (a quarter by its words),
// "the same quarter last year", or "the same period last year" after a quarter, a half or a month.
type YearAgoKind = 'year-ago' | 'same quarter' | 'half' | 'month';

// The periods "the same period" may take its kind from, in its sentence or the one before: a
// quarter ("third-quarter profit", "Q3"), a half ("the first half") or a month named alone ("in
// July", not "30 November" nor "Sept. 30", a day). A month that ends a span ("the three months to
// June", "the year ending March", "ended", "through") is not the period by itself.
const NAMED_PERIOD = new RegExp(
  `\\b(?:(?<quarter>quarter(?:ly)?|Q[1-4])|(?<half>(?:first|second)[ -]half|H[12])|(?<!\\d\\s|\\b(?:to|ending|ended|through)\\s+(?:in\\s+)?)(?<month>${MONTH_WORD_SOURCE})(?!\\.?\\s+\\d))\\b`,
  'gi',
);

/** Where the sentence before the one holding `at` opens (the text's start if there is none). */
function sentenceOpensBefore(text: string, at: number): number {
  const ends = sentenceEnds(text.slice(0, at), true);
  return ends.length >= 2 ? ends.at(-2)! + 1 : 0;
}

/**
 * The kind of period named last before a place, in its sentence or the one before, if any:
 * "Sales in July rose from the same period last year" (a month).
 */
function periodNamedBefore(text: string, at: number): 'quarter' | 'half' | 'month' | undefined {
  const from = sentenceOpensBefore(text, at);
  // A month's name is capitalised ("may" is a verb).
  const last = [...text.slice(from, at).matchAll(NAMED_PERIOD)]
    .filter((m) => !m.groups!.month || CAPITALISED.test(m.groups!.month))
    .at(-1)?.groups;
  if (!last) return undefined;
  return last.quarter ? 'quarter' : last.half ? 'half' : 'month';
}

// "between January and May", "from March to June": a stretch of months, its two ends named.
const MONTH_STRETCH = new RegExp(
  `\\b(?:between|from)\\s+(${MONTH_WORD_SOURCE})\\.?\\s+(?:and|to|through|until)\\s+(${MONTH_WORD_SOURCE})`,
  'gi',
);

// A month named anywhere in the words after a stretch.
const MONTH_NAMED = new RegExp(`\\b${MONTH_WORD_SOURCE}`, 'i');

/**
 * The month a stretch of months opens with, when the last month named before `at`, in its
 * sentence, is the stretch's end and that end is `month` ("-05"); 0 otherwise. Only a stretch
 * within one year (its first month before its last).
 */
function stretchOpening(text: string, at: number, month: string): number {
  const ends = sentenceEnds(text.slice(0, at), true);
  const from = ends.length >= 1 ? ends.at(-1)! + 1 : 0;
  const before = text.slice(from, at);
  const stretch = [...before.matchAll(MONTH_STRETCH)].at(-1);
  if (!stretch) return 0;
  const after = before.slice(stretch.index + stretch[0].length);
  if (MONTH_NAMED.test(after)) return 0;
  const first = monthNumber(stretch[1]!);
  const last = monthNumber(stretch[2]!);
  return last === Number(month.slice(1)) && first < last ? first : 0;
}

// "this year's third quarter", "last year's quarter", "the 1988 third quarter", "the 1989 period";
// "last year's comparable period", "the comparable 1988 quarter", "last year's corresponding
// quarter": the comparison's adjective before or after the year is in the one expression. Not a
// year that ends a stretch of years ("the 1996-2000 period", "the 1998/99 period"), which is no
// quarter of its last year.
const YEAR_QUARTER = new RegExp(
  String.raw`\b(?:(this|last|next) year['’]s|(?:the (?:(?:comparable|corresponding|like|same) )?)?(?<![\d/–-])((?:19|20)\d\d)) (?:(?:comparable|corresponding|like|same) )?(?:(${QUARTER_ORDINAL_SOURCE}) )?(?:quarter|period)\b`,
  'gi',
);

// "the same period of 1988", "the like quarter in 1989", "the comparable third quarter of 1988":
// the comparison's year after the noun, read as "the 1988 period" is.
const QUARTER_OF_YEAR = new RegExp(
  String.raw`\bthe (?:comparable|corresponding|like|same) (?:(${QUARTER_ORDINAL_SOURCE}) )?(?:quarter|period) (?:of|in) ((?:19|20)\d\d)\b(?![-–/]\d)`,
  'gi',
);

// "the March quarter", "its fiscal December quarter", "the June-quarter results": a quarter named
// by the calendar month it ends in (or any month in it), as Apple and many firms outside the US
// report. The month's year is chosen as a bare month's is; the quarter is the one holding it.
const MONTH_QUARTER = new RegExp(
  `\\b(?:the|its|their|this) (?:fiscal )?(${MONTH_NAMES.join('|')})[ -]quarter\\b`,
  'gi',
);

// "the October-December period", "the April-June quarter", "the July–September period": a
// quarter named by its first and last months, as Asian and European companies report.
const MONTHS_QUARTER = new RegExp(
  `\\b(?:the|its|their|this) (?:fiscal )?(${MONTH_NAMES.join('|')})\\s*(?:-|–|—|to|through)\\s*(${MONTH_NAMES.join('|')})[ -](?:quarter|period)\\b`,
  'gi',
);

// "the three months to June", "the three months ended Sept. 30", "the 3 months through December
// 2025": a quarter named by the month (or the last day of the month) it ends in, as British and
// US earnings copy write it. A month that ends no quarter, or a day short of its end, is left to
// the length and the date apart.
const THREE_MONTHS_TO = new RegExp(
  `\\bthe (?:three|3) months (?:to|ended|ending|through) (?<month>${MONTH_WORD_SOURCE})(?:\\.(?=\\s+\\d))?(?:\\s+(?<day>\\d{1,2})\\b)?(?:,?\\s+(?<year>(?:19|20)\\d\\d)\\b)?`,
  'gi',
);
// "has the three months to September to file": a span given to do something by then, no quarter;
// a level after "to" ("to a record", "to 4%") leaves the quarter.
const TO_DO_AFTER = /^\s+to\s+(?!(?:a|an|the|its|their|his|her|record)\b)[a-z]+\b/;

/** The quarter the text is reporting on: the last quarter mentioned, or the last one completed. */
export function reportedQuarter(context: ReadingContext): string {
  if (isQuarterValue(context.anaphoric.value)) return context.anaphoric.value;
  const completed = lastCompletedQuarter(context);
  // A quarter named further back is still the one reported on, unless it is still to come.
  const named = context.quarter?.value;
  return named && timexRange(named).start <= timexRange(completed).start ? named : completed;
}

function lastCompletedQuarter(context: ReadingContext): string {
  return toTimex(addQuarters(toLocalDate(context.published), -1), 'quarter');
}

/**
 * The quarter a year-ago comparison is made with: results already reported, so a quarter still
 * to come that was named last ("losses through the third quarter of 1990") gives way to the last
 * one completed. A quarter under way at publication is no quarter to come: "earned $4 million in
 * the fourth quarter … the year-earlier quarter", told in November, compares with last year's
 * fourth quarter.
 */
function comparedQuarter(context: ReadingContext): string {
  const reported = reportedQuarter(context);
  const completed = lastCompletedQuarter(context);
  return timexRange(reported).start > context.published.slice(0, 10) ? completed : reported;
}

// "the year-earlier period", "the comparable year-ago period": a comparison with no period of its
// own words, which a span of months named before it gives.
const YEAR_AGO_PERIOD = /^(?:the |a )?(?:comparable |same )?year-(?:ago|earlier) period$/i;

function monthsSpanReading(m: RegExpExecArray, months: number): Reading {
  return {
    start: m.index,
    end: m.index + m[0].length,
    priority: 2,
    resolve: ({ deictic }) => ({
      type: 'DURATION',
      value: `P${months}M`,
      granularity: 'span',
      anchor: deictic.source,
    }),
  };
}

/**
 * "China's exports grew 4.6 percent in the first nine months of this year compared with the same
 * period of 1998": the same span of months in the year named, whose coarsest known granularity is
 * that year, as "the same period last year" after such a span is read (1998, not a quarter).
 */
function yearOfSpanReading(m: RegExpExecArray, year: string): Reading {
  return {
    start: m.index,
    end: m.index + m[0].length,
    priority: 2,
    resolve: ({ deictic }) => ({
      type: 'DATE',
      value: year,
      granularity: 'year',
      anchor: deictic.source,
    }),
  };
}

function quarterReading(
  m: Pick<RegExpExecArray, 'index' | 0>,
  value: (context: ReadingContext) => string,
  comparison = false,
  priority = 2,
): Reading {
  return {
    start: m.index,
    end: m.index + m[0].length,
    priority,
    anaphoric: true,
    comparison,
    resolve: (context) => ({
      type: 'DATE',
      value: value(context),
      granularity: 'quarter',
      anchor: context.anaphoric.source,
    }),
  };
}

// The words of a year-ago comparison as a whole: "the same period last year", "the year-ago
// period".
const YEAR_AGO_WORDS = new RegExp(`^(?:${SAME_A_YEAR_AGO.source}|${YEAR_AGO.source})$`, 'i');

/**
 * Whether the mention just before is a year-ago comparison ("the same period last year"),
 * whose value is already the period a year back: a second one means that same period.
 */
function comparedAgain(context: ReadingContext, text: string, start: number): boolean {
  const source = context.anaphoric.source;
  return (
    source.kind === 'mention' &&
    YEAR_AGO_WORDS.test(source.text) &&
    !COUNTS_BACK_FROM_IT.test(text.slice(source.start + source.text.length, start))
  );
}

// "..., which had itself been up 2 percent from the same period a year before": a relative
// clause told of the first comparison's period counts a year back from it, not the same period.
const COUNTS_BACK_FROM_IT = /,\s*which\b|\bitself\b/i;

// "the same period last year" as SAME_A_YEAR_AGO ends it: a year counted back from publication.
const LAST_YEAR_END = /\blast year$/i;

/**
 * TimeML mode: "the same period last year" with no period named before it is one expression, as
 * TimeBank marks "the corresponding period last year", not "last year" alone; its period is
 * unknown but lies in the year before publication, so that year is its value (the guidelines'
 * coarsest known granularity). Only "last year": "a year earlier" may count from another time.
 * The news reading keeps "last year" alone, the words it quotes.
 */
function periodOfLastYear(m: RegExpExecArray): Reading[] {
  if (!LAST_YEAR_END.test(m[0])) return [];
  return [
    {
      start: m.index,
      end: m.index + m[0].length,
      // Above "last year" read alone.
      priority: 5,
      resolve: ({ deictic }) => ({
        type: 'DATE',
        value: String(Number(deictic.value.slice(0, 4)) - 1),
        granularity: 'year',
        anchor: deictic.source,
      }),
    },
  ];
}

/**
 * The value of a year-ago comparison `m` of kind `kind`: the half or month just named a year
 * before, the stretch of months it ends, or the quarter reported a year before (its ordinal
 * `ordinal` when the words give one).
 */
function yearAgoValue(
  text: string,
  m: RegExpExecArray,
  kind: YearAgoKind,
  ordinal: number | undefined,
  context: ReadingContext,
): string {
  // "sales in the first half rose from the same period last year": the period a year
  // before is the half or the month just named, when it is one.
  const named = OTHER_PERIOD.exec(context.anaphoric.value);
  // "Exports rose between January and May, from the same period last year": the stretch
  // of months a year before, when the month just named ends one.
  const opens = kind === 'month' && named ? stretchOpening(text, m.index, named[2]!) : 0;
  if (named && opens)
    return `${Number(named[1]) - 1}-${String(opens).padStart(2, '0')}/${Number(named[1]) - 1}${named[2]!}`;
  // "Profit also rose from the same period last year", after a first "the same period
  // last year" that read July a year back: the same period again, not a year before it.
  if ((kind === 'half' || kind === 'month') && named && comparedAgain(context, text, m.index))
    return context.anaphoric.value;
  if ((kind === 'half' || kind === 'month') && named) return `${Number(named[1]) - 1}${named[2]!}`;
  const reported = comparedQuarter(context);
  const before = toTimex(subYears(toLocalDate(timexRange(reported).start), 1), 'quarter');
  return ordinal === undefined ? before : `${before.slice(0, 4)}-Q${ordinal}`;
}

/** "the quarter", "the latest quarter": the quarter last mentioned, else the last completed one. */
function theQuarterReadings(text: string, published: string): Reading[] {
  const readings: Reading[] = [];
  for (const m of text.matchAll(THE_QUARTER)) {
    // "the quarter ending in March": the quarter that month closes, whichever was reported last.
    // Not once a fiscal quarter is in the text ("posted net income for the fiscal second quarter
    // … in the quarter ended Sept. 30"): that quarter is the one reported, by its fiscal number.
    const end = m.index + m[0].length;
    const ended =
      /quarter$/i.test(m[0]) && !/\bfiscal\b/i.test(text.slice(0, end))
        ? quarterEndedIn(text.slice(end, end + 40), published, tenseAround(text, m.index, end))
        : undefined;
    readings.push(quarterReading(m, ended ? () => ended : reportedQuarter));
  }
  return readings;
}

/**
 * "the year-ago quarter", "the year-earlier period", "the same quarter last year": that quarter a
 * year before, or the half, month or span of months named before it a year back.
 */
function yearAgoReadings(text: string, timeml: boolean): Reading[] {
  const readings: Reading[] = [];
  // "the year-ago quarter" is a quarter; "the same quarter a year earlier" too, and "the same
  // period a year earlier" is the kind of period named before it, or nothing of this pass.
  const yearAgo: { m: RegExpExecArray; kind: YearAgoKind }[] = [
    ...[...text.matchAll(YEAR_AGO)].flatMap((m) => {
      const kind = bareYearAgoKind(
        m[0],
        periodNamedBefore(text, m.index),
        text.slice(sentenceOpensBefore(text, m.index), m.index),
      );
      return kind ? [{ m, kind }] : [];
    }),
    ...[...text.matchAll(SAME_A_YEAR_AGO)].flatMap((m) => {
      const kind = sameAYearAgoKind(m[0], periodNamedBefore(text, m.index));
      if (!kind && timeml) readings.push(...periodOfLastYear(m));
      return kind ? [{ m, kind: kind === 'quarter' ? ('same quarter' as const) : kind }] : [];
    }),
  ];
  for (const { m, kind } of yearAgo) {
    // "For the nine months, net rose … from the year-earlier period": the span of months a year
    // back, a length as the span itself is.
    const months = YEAR_AGO_PERIOD.test(m[0])
      ? monthsComparedWith(text.slice(sentenceOpensBefore(text, m.index), m.index))
      : undefined;
    if (months !== undefined) {
      readings.push(monthsSpanReading(m, months));
      continue;
    }
    const ordinal = m[1] ? QUARTER_WORDS[m[1].toLowerCase()] : undefined;
    const reading = quarterReading(
      m,
      (context) => yearAgoValue(text, m, kind, ordinal, context),
      true,
      // "the same quarter a year earlier" is one expression, which "a year earlier" or "the
      // previous year" read alone would cut in two: it outranks them.
      kind === 'year-ago' ? 2 : 5,
    );
    // "the year-earlier level", "the year-earlier $2.5 million": with no noun of its own, the
    // article belongs to the noun or the figure after, which names no time, and is left out of
    // the extent.
    const nounAfter = /^\s+(?:[a-z]|[$£€]?\d)/.test(text.slice(m.index + m[0].length));
    const article = nounAfter ? BARE_WITH_ARTICLE.exec(m[0]) : null;
    readings.push(article ? { ...reading, start: reading.start + article[0].length } : reading);
  }
  return readings;
}

/**
 * Quarters named by their months: "the September quarter", "the third period", "the three months
 * to June", "the April-June quarter".
 */
function monthQuarterReadings(text: string, published: string, timeml: boolean): Reading[] {
  const readings: Reading[] = [];
  for (const m of text.matchAll(MONTH_QUARTER)) {
    // "the September quarter" is the third quarter, read as "the third quarter" is: the one just
    // ended is the one results are reported for, even when the sentence looks ahead ("Results for
    // the September quarter will be published next week", said in November).
    const tense = tenseAround(text, m.index, m.index + m[0].length);
    const quarter = Math.ceil(monthNumber(m[1]!) / 3);
    const value = periodByTense(quarter, QUARTER, published, tense);
    readings.push(quarterReading(m, () => value));
  }
  // "Net income in the third period rose": the third quarter, read as "the third quarter" is.
  for (const p of ordinalResultsPeriods(text)) {
    const value = periodByTense(p.quarter, QUARTER, published, tenseAround(text, p.start, p.end));
    readings.push(quarterReading({ index: p.start, 0: text.slice(p.start, p.end) }, () => value));
  }
  // TimeML mode keeps "the three months" a DURATION and the month a DATE, as TimeBank marks them.
  for (const m of timeml ? [] : text.matchAll(THREE_MONTHS_TO)) {
    // A month's name is capitalised ("may" is a verb).
    if (!CAPITALISED.test(m.groups!.month!)) continue;
    const month = monthNumber(m.groups!.month!);
    const lastDay = new Date(2001, month, 0).getDate();
    if (month % 3 !== 0 || (m.groups!.day && Number(m.groups!.day) !== lastDay)) continue;
    if (TO_DO_AFTER.test(text.slice(m.index + m[0].length))) continue;
    const year = m.groups!.year;
    const tense = tenseAround(text, m.index, m.index + m[0].length);
    const value = year
      ? `${year}-Q${month / 3}`
      : periodByTense(month / 3, QUARTER, published, tense);
    readings.push(quarterReading(m, () => value, false, 5));
  }
  for (const m of text.matchAll(MONTHS_QUARTER)) {
    const first = monthNumber(m[1]!);
    if (first % 3 !== 1 || monthNumber(m[2]!) !== first + 2) continue;
    const tense = tenseAround(text, m.index, m.index + m[0].length);
    const value = periodByTense(Math.ceil(first / 3), QUARTER, published, tense);
    readings.push(quarterReading(m, () => value, false, 5));
  }
  return readings;
}

/**
 * Quarters named with their year: "this year's third quarter", "the 1988 period", "the same
 * period of 1988".
 */
function yearQuarterReadings(text: string, published: string): Reading[] {
  return yearQuarterMatches(text).map(
    (q) => comparedSpanReading(text, q) ?? namedQuarterReading(text, published, q),
  );
}

/** A quarter's words matched, with "next" or "last", the year and the ordinal they write. */
interface YearQuarterMatch {
  m: RegExpExecArray;
  which: string | undefined;
  year: string | undefined;
  ordinalWord: string | undefined;
}

/** The quarters of a year written out (YEAR_QUARTER), then those "of" a year (QUARTER_OF_YEAR). */
function yearQuarterMatches(text: string): YearQuarterMatch[] {
  return [
    ...[...text.matchAll(YEAR_QUARTER)].map((m) => ({
      m,
      which: m[1]?.toLowerCase(),
      year: m[2],
      ordinalWord: m[3],
    })),
    ...[...text.matchAll(QUARTER_OF_YEAR)].map((m) => ({
      m,
      which: undefined,
      year: m[2],
      ordinalWord: m[1],
    })),
  ];
}

/**
 * "in the first nine months … compared with the same period of 1998": a span of months named
 * before "the same period", in its sentence or the one before, is the period compared, no
 * quarter; its year is what the words give. Not where a month is named after the span ("in
 * the first 10 months. Exports in October fell 5 percent from the same period of 1998",
 * monthNamedAfterSpan): that month is the period compared, read as a period named
 * before (periodNamedBefore). Wire copy's "the same period"; earnings copy's "the
 * corresponding period of 1988" after nine months keeps the quarter the sets give it
 * (probe-tbfin45-43).
 */
function comparedSpanReading(
  text: string,
  { m, year: yearWords, ordinalWord }: YearQuarterMatch,
): Reading | undefined {
  if (yearWords === undefined || ordinalWord !== undefined || !/\bsame period\b/i.test(m[0]))
    return undefined;
  const comparedBefore = text.slice(sentenceOpensBefore(text, m.index), m.index);
  if (monthsComparedWith(comparedBefore) === undefined || monthNamedAfterSpan(comparedBefore))
    return undefined;
  return yearOfSpanReading(m, yearWords);
}

/** The quarter the words name, of the year they write or the one "next" or "last" counts to. */
function namedQuarterReading(
  text: string,
  published: string,
  { m, which, year: yearWords, ordinalWord }: YearQuarterMatch,
): Reading {
  const ordinal = ordinalWord ? QUARTER_WORDS[ordinalWord.toLowerCase()] : undefined;
  // "Profit in the first half rose from last year's comparable period": a bare "period" after a
  // half or a month named before it is that half or month of the year it names.
  const kind = /\bperiod\b/i.test(m[0]) ? periodNamedBefore(text, m.index) : undefined;
  // "the 1988 period", "last year's quarter": a comparison with a year before publication.
  const earlier =
    which === 'last' ||
    (yearWords !== undefined && Number(yearWords) < Number(published.slice(0, 4)));
  return quarterReading(
    m,
    (context) => {
      const reported = reportedQuarter(context);
      const year = yearWords
        ? Number(yearWords)
        : toLocalDate(context.published).getFullYear() +
          (which === 'next' ? 1 : which === 'last' ? -1 : 0);
      const named = OTHER_PERIOD.exec(context.anaphoric.value);
      if ((kind === 'half' || kind === 'month') && named) return `${year}${named[2]!}`;
      return `${year}-Q${ordinal ?? reported.slice(-1)}`;
    },
    earlier,
  );
}

/**
 * Quarters named by reference, as earnings reports write them: "the quarter", "the latest
 * quarter" (the quarter last mentioned, else the last completed one) and "the year-ago quarter",
 * "the year-earlier period", "the same quarter last year" (that quarter a year before).
 */
export const readQuarters: Pass = (text, { published, timeml = false }) => [
  ...theQuarterReadings(text, published),
  ...yearAgoReadings(text, timeml),
  ...monthQuarterReadings(text, published, timeml),
  ...yearQuarterReadings(text, published),
];
