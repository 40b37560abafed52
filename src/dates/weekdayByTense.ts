import { addDays, differenceInCalendarDays, getDay } from 'date-fns';
import { toCalendarDate, toLocalDate } from './calendarDate.ts';
import type { Tense } from './tenseAround.ts';

export type Modifier = 'last' | 'next' | 'this' | undefined;

/**
 * The day a weekday name stands for in a news article (HeidelTime's rule): a bare weekday is the
 * latest one on or before publication, or the next one on or after it when the sentence speaks
 * of the future. "last Friday" is strictly before publication, "next Friday" strictly after;
 * "this Friday" is the coming one unless the sentence is past.
 *
 * @param weekday 0 = Sunday … 6 = Saturday
 */
export function weekdayByTense(
  weekday: number,
  published: string,
  tense: Tense,
  modifier?: Modifier,
): string {
  const day = toLocalDate(published);
  const back = (getDay(day) - weekday + 7) % 7;
  const ahead = (weekday - getDay(day) + 7) % 7;
  if (modifier === 'last') return toCalendarDate(addDays(day, -(back || 7)));
  if (modifier === 'next') return toCalendarDate(addDays(day, ahead || 7));
  // "this Thursday" said on a Tuesday is the coming one unless the sentence is past.
  if (modifier === 'this') return toCalendarDate(addDays(day, tense === 'past' ? -back : ahead));
  return toCalendarDate(addDays(day, tense === 'future' ? ahead : -back));
}

/** How many days back a weekday may be and still be the nearest one: three (a week has seven). */
const NEAREST_BACK_DAYS = 3;

/**
 * How many days before the weekday gone by the story's day may be and still place a plan on it:
 * two weeks. A day told further back ("arrested on July 4", said in December) is another week's.
 */
const STORY_WEEKS_DAYS = 14;

/**
 * The weekday nearest publication, behind or ahead: the publication day itself when it is that
 * weekday, the one gone by when it is three days back at most, else the coming one. It reads a
 * plan told in the past ("was due to land on Tuesday"), which the week may have overtaken (said
 * on a Friday) or not yet reached (said on a Sunday). A story the copy has told up to a day gone
 * by (`storyDay`, the last such day named in the sentences before) places the plan in its week:
 * the weekday gone by is the plan's when it is that day or after it ("The summit opened on
 * Tuesday. Leaders were due to sign the accord on Wednesday", said on a Sunday), and the story's
 * day is two weeks before that weekday at most ("Jones was convicted on Nov. 20. He was due to be
 * sentenced on Wednesday", said on Tuesday, Dec. 1, is Nov. 25): "Smith was arrested on July 4.
 * He was due to be sentenced on Friday", said on a Tuesday in December, is the coming Friday.
 *
 * @param weekday 0 = Sunday … 6 = Saturday
 * @example nearestWeekday(1, '2025-08-10') // '2025-08-11' (Monday, from a Sunday)
 */
export function nearestWeekday(weekday: number, published: string, storyDay?: string): string {
  const day = toLocalDate(published);
  const back = (getDay(day) - weekday + 7) % 7;
  const goneBy = toCalendarDate(addDays(day, -back));
  const storyFrom = toCalendarDate(addDays(day, -back - STORY_WEEKS_DAYS));
  const told =
    storyDay !== undefined &&
    storyDay < published.slice(0, 10) &&
    storyDay >= storyFrom &&
    storyDay <= goneBy;
  return back <= NEAREST_BACK_DAYS || told ? goneBy : toCalendarDate(addDays(day, 7 - back));
}

/** How many days ahead of publication a bare expectation's weekday may be: two. */
const EXPECTED_AHEAD_DAYS = 2;

/**
 * Whether the nearest weekday `day` of a bare expectation told in the past ("Official results
 * were expected early Monday") is near enough to be the one meant: gone by, or two days ahead at
 * most (said on a Sunday, Monday or Tuesday). "A verdict was expected on Friday", said on a
 * Tuesday, is the Friday gone by: so far ahead, an expectation in the past is as often one met.
 */
export function expectedDayNear(day: string, published: string): boolean {
  return differenceInCalendarDays(toLocalDate(day), toLocalDate(published)) <= EXPECTED_AHEAD_DAYS;
}
