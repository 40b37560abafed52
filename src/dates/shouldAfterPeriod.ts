import { MONTH_WORD_SOURCE } from './monthNames.ts';
import { SHOULD_AHEAD_SOURCE } from './shouldAhead.ts';
import { CAPITALISED } from './capitalised.ts';

// "should" right after a period's words, at most three words between ("results for the second
// half should improve", "Net income in the second half should benefit from lower costs").
const SHOULD_AFTER = new RegExp(String.raw`^\s+(?:[\w-]+\s+){0,3}?${SHOULD_AHEAD_SOURCE}\s`, 'i');
// A date the saying is told at, before the half in its sentence: a month's name (capitalised:
// "may" is a verb), a year, "last year" or "a year ago" ("In March the company said profit in the
// second half should improve", said the next January, looks ahead from March).
const DATE_BEFORE = new RegExp(
  String.raw`\b(?:(${MONTH_WORD_SOURCE})|(?:19|20)\d{2}\b|last\s+year\b|a\s+year\s+ago\b)`,
  'gi',
);

/** Whether `before` names a date the saying is told at. */
function datedBefore(before: string): boolean {
  return [...before.matchAll(DATE_BEFORE)].some((m) => !m[1] || CAPITALISED.test(m[1]));
}

/**
 * Whether the words after a half of the year (`after`) give it a forecast's "should", so it is
 * the half to come or under way, when it has not already ended this year: "The company said
 * results for the second half should improve", said in April 1992, is `1992-H2`. After the date,
 * "should" as often judges a period gone by, so only a half not yet over is read ahead: "Profit
 * in the first half should be seen as a one-off", said in September, keeps the half just ended.
 *
 * @param after the text right after the half's words
 * @param notOver whether the half is under way or still to come in the year of publication
 * @param before the words of its sentence before the half
 * @example shouldAfterPeriod(' should improve.', true, 'Results for ') // true
 */
export function shouldAfterPeriod(after: string, notOver: boolean, before: string): boolean {
  return notOver && SHOULD_AFTER.test(after) && !datedBefore(before);
}
