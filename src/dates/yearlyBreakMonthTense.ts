import { monthsAhead } from './monthsAhead.ts';
import type { MonthTurner } from './MonthTurner.ts';

/**
 * The yearly breaks a month names ("the May half-term", "the May bank holiday"): a regular
 * expression's alternatives, also among the event nouns of `ARTICLE_BEFORE_MAY_EVENT`.
 */
export const YEARLY_BREAK_SOURCE = String.raw`half[-\s]terms?|bank\s+holidays?`;

// "the May half-term", "the May bank holiday": the month right after "the" and a yearly break
// right after the month.
const THE_BEFORE = /\bthe\s+$/i;
const YEARLY_BREAK_AFTER = new RegExp(String.raw`^\s+(?:${YEARLY_BREAK_SOURCE})\b`, 'i');
// A future told in a past of saying, right after the break: "Councils said the May bank holiday
// would bring extra collections".
const WOULD_AFTER_BREAK = new RegExp(
  String.raw`^\s+(?:${YEARLY_BREAK_SOURCE})(?:\s+weekend)?\s+would\b`,
  'i',
);
// How far ahead the break's month may lie and still be the one to come: within half a year.
const AHEAD_MONTHS = 6;

/**
 * The tense of a yearly break's month told in a present with no time of its own: "The May
 * half-term falls a week later this year", said in March 2026, is the May to come (`2026-05`),
 * where a month of no tense was the one gone by (`2025-05`); "The May half-term is the busiest week
 * for the resort", "Many parents take their children away during the May half-term" alike, and so
 * is a break with "would" right after it in a past of saying ("Councils said the May bank holiday
 * would bring extra bin collections", said in February). Only "the" before the month and
 * "half-term" or "bank holiday" after it, a tense the sentence leaves open, and the month one to
 * six months ahead.
 *
 * Leaves a tense the sentence gives ("Families flocked to Cornwall over the May half-term" is a
 * past, "Roads will be busy over the May bank holiday" a future), a month further ahead and the
 * month of publication ("Pupils return after the May half-term on 1 June", said in May).
 *
 * @example yearlyBreakMonthTense('The ', ' half-term falls', 5, '2026-03-12', 'unknown') // 'future'
 */
export const yearlyBreakMonthTense: MonthTurner = (before, after, month, published, tense) => {
  const open = tense === 'unknown' || (tense === 'past' && WOULD_AFTER_BREAK.test(after));
  if (!open || !THE_BEFORE.test(before) || !YEARLY_BREAK_AFTER.test(after)) return tense;
  const ahead = monthsAhead(month, published);
  return ahead >= 1 && ahead <= AHEAD_MONTHS ? 'future' : tense;
};
