import type { EventDate } from '../model/event.ts';
import { dateIsExact } from './dateIsExact.ts';

/**
 * The words a screen reader hears before the label of a span the event falls somewhere within
 * ("less than two weeks ago", which the timeline hatches), or null: the label of such a span
 * ("21 Feb 2025 – 7 Mar 2025") reads as if the event took all of it, as a stretch of named days
 * ("March 3-5") does.
 */
export function spanWithinWords(date: Pick<EventDate, 'granularity' | 'exactDays'>): string | null {
  return date.granularity === 'span' && !dateIsExact(date) ? 'some time within' : null;
}
