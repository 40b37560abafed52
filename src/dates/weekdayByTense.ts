import { addDays, getDay } from 'date-fns';
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
