import { getISODay } from 'date-fns';
import { toLocalDate } from './calendarDate.ts';
import type { Tense } from './tenseAround.ts';

const LATE_IN_THE = /^late\s+in\s+the\s+(week|month|quarter|year)$/i;

/**
 * Whether "late in the week", "late in the month", "late in the quarter" or "late in the year",
 * told in the past, is the period before publication's: said in the first half of the period,
 * its late part is still to come, so what is told as done happened late in the one before
 * ("Prices rose late in the month", said on 7 November 1989, is October; "Orders picked up late
 * in the quarter", said the same day, is 1989-Q3; "Sales slumped late in the year", said in
 * February 1990, is 1989). Told ahead, or said in the period's second half, it is the period
 * under way ("Prices rose late in the month", said on 27 November, is November).
 *
 * @example isLatePartGoneBy('late in the month', 'past', '1989-11-07') // true
 */
export function isLatePartGoneBy(words: string, tense: Tense, published: string): boolean {
  const unit = LATE_IN_THE.exec(words)?.[1]?.toLowerCase();
  if (unit === undefined || tense !== 'past') return false;
  const month = Number(published.slice(5, 7));
  const day = Number(published.slice(8, 10));
  if (unit === 'year') return month <= 6;
  if (unit === 'month') return day <= 15;
  if (unit === 'quarter') {
    const monthOfQuarter = (month - 1) % 3;
    return monthOfQuarter === 0 || (monthOfQuarter === 1 && day <= 15);
  }
  // ISO weeks run Monday to Sunday: Monday to Wednesday are its first half.
  return getISODay(toLocalDate(published.slice(0, 10))) <= 3;
}
