import { toLocalDate } from './calendarDate.ts';
import type { VerbBefore } from './monthByTense.ts';
import type { Tense } from './tenseAround.ts';

/** A part of the year TIMEX names by its number: quarters (`2025-Q3`) and halves (`2025-H1`). */
export interface YearPart {
  letter: 'Q' | 'H';
  months: number;
  /** How many months into the current part the one before still counts as just ended. */
  justEndedMonths: number;
  /** How many months into the current part too little of it is gone to tell it in the past. */
  begunMonths: number;
}

/** The quarter just ended is the one results are reported for, all through the next quarter. */
export const QUARTER: YearPart = { letter: 'Q', months: 3, justEndedMonths: 3, begunMonths: 1 };
/** A half ended in the two months before is the one results are expected for. */
export const HALF: YearPart = { letter: 'H', months: 6, justEndedMonths: 2, begunMonths: 2 };

/**
 * The quarter or half named without a year: the latest one on or before publication, or the next
 * one when the sentence speaks of the future, except the one just ended, which is the one results
 * are reported and expected for ("expects a third-quarter loss" said in November, "a first-half
 * loss" said in July). The part a thing is put off to ("was delayed to the second quarter",
 * `verbBefore` "ahead") is never gone: the current one or the next such. A past sentence does not
 * tell of a part only just begun ("First-half profit fell" in January, "First-quarter sales rose"
 * in January): that is last year's, unless it counts the part so far or names its end (`periodTense`).
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
  const justBegun = n === current && monthIndex % part.months < part.begunMonths;
  if (tense === 'past' && justBegun && verbBefore !== 'ahead')
    return `${year - 1}-${part.letter}${n}`;
  if ((tense === 'future' || verbBefore === 'ahead') && !justEnded)
    return `${n < current ? year + 1 : year}-${part.letter}${n}`;
  return `${n > current ? year - 1 : year}-${part.letter}${n}`;
}

// "so far", "to date", "thus far", "year to date": a running total of a part not yet over.
const SO_FAR = /\b(?:so|thus)\s+far\b|\b(?:year[\s-]+)?to[\s-]+date\b/i;
// "its fourth quarter ended yesterday", "the quarter ended June 30": a (fiscal) part whose end is
// named is dated by that end, not by how far the calendar's part has run.
const END_NAMED_AFTER = /^\s+(?:that\s+)?(?:ended|ending|ends|through)\b/i;

/**
 * The tense a part of the year is read by: the sentence's, but none when the sentence counts a
 * running total ("Second-quarter sales have risen 4% so far"), which is of the current part, or
 * the part's end is named after it ("its fourth quarter ended yesterday").
 */
export function periodTense(text: string, start: number, end: number, tense: Tense): Tense {
  if (tense !== 'past') return tense;
  if (END_NAMED_AFTER.test(text.slice(end, end + 20))) return 'unknown';
  const from = Math.max(text.lastIndexOf('.', start), text.lastIndexOf('\n', start)) + 1;
  const stop = text.slice(end).search(/[.!?\n]/);
  const sentence = text.slice(from, stop < 0 ? text.length : end + stop);
  return SO_FAR.test(sentence) ? 'unknown' : tense;
}
