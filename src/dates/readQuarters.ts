import { addQuarters, subYears } from 'date-fns';
import { toLocalDate } from './calendarDate.ts';
import type { Pass, Reading, ReadingContext } from './Reading.ts';
import { timexRange } from './timexRange.ts';
import { toTimex } from './toTimex.ts';

const QUARTER_VALUE = /^\d{4}-Q[1-4]$/;
// A half-year or a month, which "the same period" may mean instead of a quarter.
const OTHER_PERIOD = /^(\d{4})(-H[12]|-\d{2})$/;
const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

// Earnings news: "the quarter", "the latest quarter" is the one being reported, and the
// "year-ago quarter", "year-earlier period" is that quarter a year before. "The
// quarter-to-quarter comparison" names no quarter.
const THE_QUARTER =
  /\b(?:the|that) (?:(?:latest|most recent|recent|just-ended|just-completed|fiscal) )?quarter\b(?!-to-)|\bthe (?:latest|most recent) period\b(?! of\b| century| mile| point| hour| inch)/gi;
const YEAR_AGO =
  /\b(?:(?:the|a) )?(?:comparable |same )?year-(?:ago|earlier)(?: (first|second|third|fourth))?(?:[ -](?:quarter|period))?\b/gi;
// "the same quarter last year", "the same period a year earlier", "the corresponding quarter of
// the previous year": present-day copy's way of writing the year-ago quarter.
const SAME_A_YEAR_AGO =
  /\bthe (?:same|comparable|corresponding) (?:(first|second|third|fourth) )?(?:quarter|period) (?:(?:of |in )?last year|a year (?:earlier|ago|before)|(?:of|in) the (?:previous|prior|preceding) year)\b/gi;

// "this year's third quarter", "last year's quarter", "the 1988 third quarter", "the 1989 period".
const YEAR_QUARTER =
  /\b(?:(this|last|next) year['’]s|(?:the )?((?:19|20)\d\d)) (?:(first|second|third|fourth) )?(?:quarter|period)\b/gi;

/** The quarter the text is reporting on: the last quarter mentioned, or the last one completed. */
export function reportedQuarter(context: ReadingContext): string {
  if (QUARTER_VALUE.test(context.anaphoric.value)) return context.anaphoric.value;
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
 * one completed.
 */
function comparedQuarter(context: ReadingContext): string {
  const reported = reportedQuarter(context);
  const completed = lastCompletedQuarter(context);
  return timexRange(reported).start > timexRange(completed).start ? completed : reported;
}

function quarterReading(
  m: RegExpExecArray,
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

/**
 * Quarters named by reference, as earnings reports write them: "the quarter", "the latest
 * quarter" (the quarter last mentioned, else the last completed one) and "the year-ago quarter",
 * "the year-earlier period", "the same quarter last year" (that quarter a year before).
 */
export const readQuarters: Pass = (text, { published }) => {
  const readings: Reading[] = [];
  for (const m of text.matchAll(THE_QUARTER)) readings.push(quarterReading(m, reportedQuarter));
  // "the same quarter a year earlier" is one expression, which "a year earlier" or "the previous
  // year" read alone would cut in two: it outranks them.
  const yearAgo = [
    ...[...text.matchAll(YEAR_AGO)].map((m) => ({ m, priority: 2 })),
    ...[...text.matchAll(SAME_A_YEAR_AGO)].map((m) => ({ m, priority: 5 })),
  ];
  for (const { m, priority } of yearAgo) {
    const ordinal = m[1] ? ORDINAL[m[1].toLowerCase()] : undefined;
    readings.push(
      quarterReading(
        m,
        (context) => {
          // "sales in the first half rose from the same period last year": the period a year
          // before is the half or the month just named, when it is one.
          const named = OTHER_PERIOD.exec(context.anaphoric.value);
          if (priority > 2 && /period/i.test(m[0]) && named)
            return `${Number(named[1]) - 1}${named[2]!}`;
          const reported = comparedQuarter(context);
          const before = toTimex(subYears(toLocalDate(timexRange(reported).start), 1), 'quarter');
          return ordinal === undefined ? before : `${before.slice(0, 4)}-Q${ordinal}`;
        },
        true,
        priority,
      ),
    );
  }
  for (const m of text.matchAll(YEAR_QUARTER)) {
    const which = m[1]?.toLowerCase();
    const ordinal = m[3] ? ORDINAL[m[3].toLowerCase()] : undefined;
    // "the 1988 period", "last year's quarter": a comparison with a year before publication.
    const earlier =
      which === 'last' || (m[2] !== undefined && Number(m[2]) < Number(published.slice(0, 4)));
    readings.push(
      quarterReading(
        m,
        (context) => {
          const reported = reportedQuarter(context);
          const year = m[2]
            ? Number(m[2])
            : toLocalDate(context.published).getFullYear() +
              (which === 'next' ? 1 : which === 'last' ? -1 : 0);
          return `${year}-Q${ordinal ?? reported.slice(-1)}`;
        },
        earlier,
      ),
    );
  }
  return readings;
};
