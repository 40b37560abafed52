import { format } from 'date-fns';
import type { EventDate } from '../model/event.ts';
import { localDate } from './localDate.ts';

const modWords: Record<NonNullable<EventDate['mod']>, string> = {
  START: 'early',
  MID: 'mid',
  END: 'late',
  APPROX: 'around',
  BEFORE: 'before',
  AFTER: 'after',
};

function sameDay(start: Date, end: Date): string {
  return start.getTime() === end.getTime()
    ? format(start, 'EEE d MMM yyyy')
    : `${format(start, 'd MMM yyyy')} – ${format(end, 'd MMM yyyy')}`;
}

/**
 * A date at the precision the text gives it, never finer: "Wed 6 Aug 2025", "June 2021",
 * "week of 11 Aug 2025", "2025".
 *
 * @example formatEventDate({ value: '2019-12', start: '2019-12-01', end: '2019-12-31', granularity: 'month', ... }) // "December 2019"
 */
export function formatEventDate(
  date: Pick<EventDate, 'start' | 'end' | 'granularity' | 'mod'>,
): string {
  const start = localDate(date.start);
  const end = localDate(date.end);
  const text = (() => {
    switch (date.granularity) {
      case 'day':
        return sameDay(start, end);
      case 'week':
        return `week of ${format(start, 'd MMM yyyy')}`;
      case 'month':
        return format(start, 'MMMM yyyy');
      case 'quarter':
        return `${format(start, 'QQQ yyyy')}`;
      case 'season':
        return `${format(start, 'MMM')}–${format(end, 'MMM yyyy')}`;
      case 'year':
        return format(start, 'yyyy');
      case 'decade':
        return `the ${format(start, 'yyyy')}s`;
      case 'span':
        return start.getFullYear() === end.getFullYear()
          ? sameDay(start, end)
          : `${format(start, 'yyyy')}–${format(end, 'yyyy')}`;
    }
  })();
  return date.mod ? `${modWords[date.mod]} ${text}` : text;
}
