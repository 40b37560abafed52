import { getDaysInMonth, lastDayOfMonth } from 'date-fns';
import { toCalendarDate } from './calendarDate.ts';
import { MONTH_WORD_SOURCE, monthNumber } from './monthNames.ts';
import { periodByTense, QUARTER } from './periodByTense.ts';
import type { Tense } from './tenseAround.ts';
import { CAPITALISED } from './capitalised.ts';

// "the quarter ended Dec. 31", "the quarter ending in March", "the quarter that ended June 30,
// 2015", "the quarter to September": the month (or its last day) that closes the quarter, right
// after the quarter's words.
const ENDED_IN_AFTER = new RegExp(
  `^\\s+(?:(?:that|which)\\s+)?(?<verb>ended|ending|ends|to|through)\\s+(?:in\\s+)?(?<month>${MONTH_WORD_SOURCE})(?:\\.(?=\\s+\\d))?(?:\\s+(?<day>\\d{1,2})\\b)?(?:,?\\s+(?<year>(?:19|20)\\d\\d)\\b)?`,
  'i',
);

/** The last day of `month` (1–12) of `year`, written YYYY-MM-DD. */
function lastDayOf(year: number, month: number): string {
  return toCalendarDate(lastDayOfMonth(new Date(year, month - 1)));
}

/**
 * The quarter "the quarter" names when the month it ends in follows it, as earnings copy writes
 * it ("Revenue for the quarter ending in March", said in March, is the first quarter under way,
 * not the one last completed): the calendar quarter the month closes, in the year written or else
 * the one the clause's tense gives ("ended" is gone by). `after` is the text after the quarter's
 * words. A month that closes no calendar quarter ("the quarter ended Jan. 31", a fiscal quarter)
 * or a day short of its end gives nothing, and neither does "may" (a verb).
 *
 * @example quarterEndedIn(' ending in March next month', '2016-03-14', 'future') // '2016-Q1'
 */
export function quarterEndedIn(after: string, published: string, tense: Tense): string | undefined {
  const m = ENDED_IN_AFTER.exec(after);
  if (!m || !CAPITALISED.test(m.groups!.month!)) return undefined;
  const month = monthNumber(m.groups!.month!);
  if (month % 3 !== 0) return undefined;
  const day = m.groups!.day;
  if (day && Number(day) !== getDaysInMonth(new Date(2001, month - 1))) return undefined;
  if (m.groups!.year) return `${m.groups!.year}-Q${month / 3}`;
  if (!/^ended$/i.test(m.groups!.verb!)) return periodByTense(month / 3, QUARTER, published, tense);
  // "ended June 30", said in May: the quarter's end is gone by, so it is last year's, though a
  // past tense alone would take the second quarter under way.
  const year = Number(published.slice(0, 4));
  return `${lastDayOf(year, month) <= published ? year : year - 1}-Q${month / 3}`;
}

// "the quarter ending in ", "the latest quarter, which ended ": the words right before a month
// that closes the quarter named. The quarter must be one named as a period, after "the" or "its"
// ("the fiscal first quarter"): "cut costs by a quarter through December" is a share, and its
// month is read as any other.
const QUARTER_ENDED_BEFORE =
  /\b(?:the|its|their|this|that)\s+(?:(?!(?:an?|by|of)\b)[a-z0-9-]+\s+){0,3}quarter,?\s+(?:(?:that|which)\s+)?(?<verb>ended|ending|ends|to|through)\s+(?:in\s+)?$/i;

/**
 * The tense to read a month named without a year by when it closes the quarter before it ("the
 * quarter ending in December"): gone by when that quarter is over, as `quarterEndedIn` reads it,
 * else ahead, so that the month and the quarter agree ("results for the quarter ending in December
 * will be reported later this month", said in February 2010, are 2009-Q4 and December 2009, not
 * December 2010). Any other month keeps `tense`.
 *
 * @example closingMonthTense('the quarter ending in ', 12, '2010-02-08', 'future') // 'past'
 */
export function closingMonthTense(
  before: string,
  month: number,
  published: string,
  tense: Tense,
): Tense {
  const m = QUARTER_ENDED_BEFORE.exec(before);
  if (!m || month % 3 !== 0) return tense;
  if (/^ended$/i.test(m.groups!.verb!)) return 'past';
  const quarter = periodByTense(month / 3, QUARTER, published, tense);
  return lastDayOf(Number(quarter.slice(0, 4)), month) <= published ? 'past' : 'future';
}
