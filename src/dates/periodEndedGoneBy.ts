import {
  addMonths,
  addQuarters,
  addWeeks,
  addYears,
  endOfQuarter,
  isLastDayOfMonth,
} from 'date-fns';
import { toTimex } from './toTimex.ts';
import { sentenceAt, sentenceStartAt } from './sentenceEnds.ts';
import { HABIT_WORD } from './habitWord.ts';

export type EndedUnit = 'week' | 'month' | 'quarter' | 'year';

/**
 * "ended the year", "closed the quarter", "finished the week": the period a figure or a firm
 * stood at when it closed, read from "the" on. Not a period counted or named further ("ended the
 * year 2025", "ended the year of mourning", "ended the quarter to June", "closed the year ended
 * June 30", a fiscal year), nor one told by a clause ("closed the year it opened", "ended the
 * year he was born"), nor a possessive ("ended the year's longest session"). "the week before",
 * "the month after" and "year-long" are left to the rules that read them.
 */
export const PERIOD_ENDED =
  /(?<=\b(?:ended|closed|finished)\s+)the\s+(week|month|quarter|year)\b(?!\s+(?:(?:1[89]|20)\d\d\b(?![.,]?\d|\s*%)|of\b|to\b|ended\b|ending\b|(?:it|he|she|they|we|I|you)\b)|['’])/gi;

// A year or a decade named earlier in the sentence or in the one before ("In 1989 the Dow ended the
// year up 27%", "In the 1990s the firm ended the year in profit", "The firm was founded in 1998.
// It ended the year with 12 staff") is the story's time, not the one gone by; the rule leaves it.
const YEAR_NAMED = /\b(?:1[89]|20)\d\ds?\b/;
// A count of such periods ("ended the year higher in eight of the last ten years") makes it a
// habit, as a word of habit does ("regularly ended the year in profit").
const COUNT_OF_PERIODS = /\bin\s+\w+\s+of\s+the\s+(?:last|past)\b/i;

const SHIFT = { week: addWeeks, month: addMonths, quarter: addQuarters, year: addYears };

/**
 * The value of "the year" (or week, month, quarter) a thing ended: the period gone by at
 * publication, "House prices ended the year 2% higher", said on 12 January 2027, is `2026`; "The
 * S&P 500 ended the week down 1.8%", said on Monday 16 March 2026, `2026-W11`. Said on the
 * period's last day (Friday to Sunday for a week, the last day of a month or quarter, any day of
 * December for a year) it is the period under way: "Stocks ended the week higher", said on a
 * Friday, is that week. Undefined when a year or a decade is named before it in its sentence or
 * the one before, or the sentence tells a habit ("The firm regularly ended the year in profit",
 * "Stocks have ended the year higher in eight of the last ten years") (`text` the whole text,
 * `start` where "the" is).
 */
export function periodEndedGoneBy(
  text: string,
  start: number,
  unit: EndedUnit,
  published: Date,
): string | undefined {
  const from = sentenceStartAt(text, start);
  if (YEAR_NAMED.test(text.slice(from > 0 ? sentenceStartAt(text, from - 1) : 0, start)))
    return undefined;
  const sentence = sentenceAt(text, start, start);
  if (HABIT_WORD.test(sentence) || COUNT_OF_PERIODS.test(sentence)) return undefined;
  return toTimex(SHIFT[unit](published, lastDayOf(unit, published) ? 0 : -1), unit);
}

function lastDayOf(unit: EndedUnit, date: Date): boolean {
  switch (unit) {
    case 'week':
      return date.getDay() === 0 || date.getDay() >= 5;
    case 'month':
      return isLastDayOfMonth(date);
    case 'quarter':
      return isLastDayOfMonth(date) && date.getMonth() === endOfQuarter(date).getMonth();
    case 'year':
      // In December a year's end is near enough to be told of ("ended the year 2% higher,
      // Nationwide forecast", said on 9 December): the year under way.
      return date.getMonth() === 11;
  }
}
