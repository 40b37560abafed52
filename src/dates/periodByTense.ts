import { toLocalDate } from './calendarDate.ts';
import type { VerbBefore } from './monthByTense.ts';
import type { Tense } from './tenseAround.ts';

/** A part of the year TIMEX names by its number: quarters (`2025-Q3`) and halves (`2025-H1`). */
export interface YearPart {
  letter: 'Q' | 'H';
  months: number;
  /** How many months into the current part the one before still counts as just ended. */
  justEndedMonths: number;
  /**
   * How many months into the current part a past tense cannot yet tell of it (the year before's).
   */
  tooNewMonths: number;
}

/** The quarter just ended is the one results are reported for, all through the next quarter. */
export const QUARTER: YearPart = { letter: 'Q', months: 3, justEndedMonths: 3, tooNewMonths: 0 };
/**
 * A half ended in the two months before is the one results are expected for; a half in its first
 * two months has no results gone by ("Revenue for the first half rose", said in January).
 */
export const HALF: YearPart = { letter: 'H', months: 6, justEndedMonths: 2, tooNewMonths: 2 };

/**
 * The quarter or half named without a year: the latest one on or before publication, or the next
 * one when the sentence speaks of the future, except the one just ended, which is the one results
 * are reported and expected for ("expects a third-quarter loss" said in November, "a first-half
 * loss" said in July). The part a thing is put off to ("was delayed to the second quarter",
 * `verbBefore` "ahead") is never gone: the current one or the next such.
 *
 * @example periodByTense(3, QUARTER, '2025-11-12', 'future') // '2025-Q3'
 */
export function periodByTense(
  n: number,
  part: YearPart,
  published: string,
  tense: Tense,
  verbBefore?: VerbBefore,
): string {
  const date = toLocalDate(published);
  const monthIndex = date.getMonth();
  const perYear = 12 / part.months;
  const current = Math.floor(monthIndex / part.months) + 1;
  const previous = ((current + perYear - 2) % perYear) + 1;
  const year = date.getFullYear();
  const justEnded =
    n === previous && monthIndex % part.months < part.justEndedMonths && verbBefore !== 'ahead';
  if ((tense === 'future' || verbBefore === 'ahead') && !justEnded)
    return `${n < current ? year + 1 : year}-${part.letter}${n}`;
  const tooNew = n === current && monthIndex % part.months < part.tooNewMonths && tense === 'past';
  return `${n > current || tooNew ? year - 1 : year}-${part.letter}${n}`;
}
