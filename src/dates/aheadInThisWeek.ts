import { getDay } from 'date-fns';
import { toLocalDate } from './calendarDate.ts';

// "this week", "later this week", "this weekend", "this week's strike": the publication week
// named. Not "this weekday" nor a week named another way in the same sentence ("last week",
// "next week", "the past week"), which may be the weekday's.
const THIS_WEEK = /\bthis\s+week(?:end)?\b/i;
const OTHER_WEEK = /\b(?:last|next|past|coming|previous|following)\s+week(?:end)?\b/i;

/**
 * Whether a bare weekday is one still to come in publication's ISO week because its sentence
 * names this week: "Commuters face disruption this week as drivers strike on Wednesday", said on
 * a Monday, is this Wednesday, whatever the present of a headline-style verb would say. A weekday
 * already gone by in the week (Monday, said on a Thursday) is left to the tense, which gives it
 * anyway; on a Sunday, the last day of its ISO week, nothing is ahead in it.
 *
 * @param weekday 0 = Sunday … 6 = Saturday
 * @example aheadInThisWeek('Drivers strike this week, on Wednesday.', 3, '2024-09-23') // true
 */
export function aheadInThisWeek(sentence: string, weekday: number, published: string): boolean {
  if (!THIS_WEEK.test(sentence) || OTHER_WEEK.test(sentence)) return false;
  const from = (getDay(toLocalDate(published)) + 6) % 7;
  return (weekday + 6) % 7 > from;
}
