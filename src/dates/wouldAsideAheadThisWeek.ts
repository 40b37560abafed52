import { isoWeekPlace } from './isoWeekPlace.ts';
import { getDay } from 'date-fns';
import { toLocalDate } from './calendarDate.ts';
import { isInfinitivePassiveAsideWould } from './isInfinitivePassiveDayAhead.ts';
import { MONTH_CAPITALISED_SOURCE } from './monthNames.ts';
import { sentenceStartAt } from './sentenceEnds.ts';
import { WEEKDAY_PATTERN, weekdayNumber } from './weekdayNames.ts';

// A week gone by or a time ago named before the weekday ("Last week, the company said its
// results, to be reported Monday, would show a loss"): the saying is dated, and the day with it.
const EARLIER_BEFORE = /\b(?:(?:last|past|previous)\s+week|ago|earlier\s+this\s+month)\b/i;
// A calendar day named before the aside ("On Oct. 12, the company said its results, to be
// reported Friday, would be lower"): the saying is dated by it, and the aside's weekday is left to
// the tense, as a saying in a week gone by is.
const CALENDAR_DAY_BEFORE = new RegExp(`\\b(?:${MONTH_CAPITALISED_SOURCE})\\s*\\d{1,2}\\b`);
// A weekday named before the aside, "last" before it or not: the day of the saying ("On Thursday,
// the company said its results, to be reported Friday, would be lower").
const SAYING_DAY = new RegExp(`\\b(last\\s+)?(${WEEKDAY_PATTERN})\\b`, 'gi');

/**
 * Whether the weekday at `start`..`end` (0 = Sunday … 6 = Saturday) ends an aside of reported
 * speech that a "would" follows and falls later in publication's ISO week: "The company said its
 * results, to be reported Thursday, would rise", said on Monday 16 October 1989, is that Thursday,
 * 1989-10-19, the figures still to come when the company spoke. A day already gone by in the week
 * ("to be reported Monday, would show a loss", said on a Wednesday) stays the one gone by, and so
 * does any day after a week gone by or a calendar day named before it ("Last week, the company
 * said …", "On Oct. 12, the company said …"), or after a saying on a weekday of a week gone by
 * whose week holds the aside's day too ("On Thursday, the company said its results, to be
 * reported Friday, would be lower", said on a Wednesday).
 *
 * @example wouldAsideAheadThisWeek('It said its results, to be reported Thursday, would rise.', 36, 44, 4, '1989-10-16') // true
 */
export function wouldAsideAheadThisWeek(
  text: string,
  start: number,
  end: number,
  weekday: number,
  published: string,
): boolean {
  if (!isInfinitivePassiveAsideWould(text, start, end)) return false;
  const before = text.slice(sentenceStartAt(text, start), start);
  if (EARLIER_BEFORE.test(before) || CALENDAR_DAY_BEFORE.test(before)) return false;
  const from = isoWeekPlace(getDay(toLocalDate(published)));
  const day = isoWeekPlace(weekday);
  if (day <= from) return false;
  const said = [...before.matchAll(SAYING_DAY)].pop();
  if (said === undefined) return true;
  const saidDay = isoWeekPlace(weekdayNumber(said[2]!));
  // A saying in a week gone by ("last Tuesday", or a Thursday named on a Wednesday): the aside's
  // day is the first after it, in publication's week only when it comes round again by then.
  return (said[1] === undefined && saidDay <= from) || day <= saidDay;
}
