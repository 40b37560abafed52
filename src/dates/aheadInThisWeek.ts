import { isoWeekPlace } from './isoWeekPlace.ts';
import { getDay } from 'date-fns';
import { toLocalDate } from './calendarDate.ts';
import { UNCHANGED_PAST } from './irregularPast.ts';
import { MODALS } from './modals.ts';

// "this week", "later this week", "this weekend", "this week's strike": the publication week
// named. Not "this weekday" nor a week named another way in the same sentence ("last week",
// "next week", "the past week"), which may be the weekday's.
const THIS_WEEK = /\bthis\s+week(?:end)?\b/i;
const OTHER_WEEK = /\b(?:last|next|past|coming|previous|following)\s+week(?:end)?\b/i;
// A verb whose past is written as its present, in the weekday's clause before it ("comes after
// flooding hit the town on Friday"): the deed may be gone by, so the week named elsewhere does
// not tell its day. Not after "to", a modal or "be" ("set to strike", "will be cut").
const UNCHANGED_VERB_BEFORE = new RegExp(
  String.raw`(?<!\b(?:to|be|${MODALS})\s+)\b(?:${UNCHANGED_PAST})\b(?!\s+to\b)[^,;:]*$`,
  'i',
);

/**
 * Whether a bare weekday is one still to come in publication's ISO week because its sentence
 * names this week: "Commuters face disruption this week as drivers strike on Wednesday", said on
 * a Monday, is this Wednesday, whatever the present of a headline-style verb would say. A weekday
 * already gone by in the week (Monday, said on a Thursday) is left to the tense, which gives it
 * anyway; on a Sunday, the last day of its ISO week, nothing is ahead in it; nor after a verb
 * whose past and present are one ("hit", "cut") in the weekday's clause.
 *
 * @param before the sentence's words before the weekday
 * @param weekday 0 = Sunday … 6 = Saturday
 * @example aheadInThisWeek('Drivers strike this week, on Wednesday.', 'Drivers strike this week, on ', 3, '2024-09-23') // true
 */
export function aheadInThisWeek(
  sentence: string,
  before: string,
  weekday: number,
  published: string,
): boolean {
  if (!THIS_WEEK.test(sentence) || OTHER_WEEK.test(sentence)) return false;
  if (UNCHANGED_VERB_BEFORE.test(before)) return false;
  const from = isoWeekPlace(getDay(toLocalDate(published)));
  return isoWeekPlace(weekday) > from;
}
