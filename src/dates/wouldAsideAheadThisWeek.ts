import { getDay } from 'date-fns';
import { toLocalDate } from './calendarDate.ts';
import { isInfinitivePassiveAsideWould } from './isInfinitivePassiveDayAhead.ts';
import { sentenceStartAt } from './sentenceEnds.ts';

// A week gone by or a time ago named before the weekday ("Last week, the company said its
// results, to be reported Monday, would show a loss"): the saying is dated, and the day with it.
const EARLIER_BEFORE = /\b(?:(?:last|past|previous)\s+week|ago|earlier\s+this\s+month)\b/i;

/**
 * Whether the weekday at `start`..`end` (0 = Sunday … 6 = Saturday) ends an aside of reported
 * speech that a "would" follows and falls later in publication's ISO week: "The company said its
 * results, to be reported Thursday, would rise", said on Monday 16 October 1989, is that Thursday,
 * 1989-10-19, the figures still to come when the company spoke. A day already gone by in the week
 * ("to be reported Monday, would show a loss", said on a Wednesday) stays the one gone by, and so
 * does any day after a week gone by named before it ("Last week, the company said …").
 *
 * @example wouldAsideAheadThisWeek('It said its results, to be reported Thursday, would rise.', 37, 45, 4, '1989-10-16') // true
 */
export function wouldAsideAheadThisWeek(
  text: string,
  start: number,
  end: number,
  weekday: number,
  published: string,
): boolean {
  if (!isInfinitivePassiveAsideWould(text, start, end)) return false;
  if (EARLIER_BEFORE.test(text.slice(sentenceStartAt(text, start), start))) return false;
  const from = (getDay(toLocalDate(published)) + 6) % 7;
  return (weekday + 6) % 7 > from;
}
