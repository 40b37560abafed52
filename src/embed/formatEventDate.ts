import { format, parseISO } from 'date-fns';
import type { EventDate } from '../model/event.ts';

const modWords: Record<NonNullable<EventDate['mod']>, string> = {
  START: 'early',
  MID: 'mid',
  END: 'late',
  APPROX: 'about',
  BEFORE: 'before',
  AFTER: 'after',
};

// Calendar dates are read as local dates (parseISO of YYYY-MM-DD is local midnight), so the label
// is the same day in every time zone the build or the browser runs in.
const day = (iso: string) => parseISO(iso);

function range(start: string, end: string): string {
  const a = day(start);
  const b = day(end);
  if (start === end) return format(a, 'EEEE d MMMM yyyy');
  if (start.slice(0, 7) === end.slice(0, 7)) return `${format(a, 'd')}–${format(b, 'd MMMM yyyy')}`;
  if (start.slice(0, 4) === end.slice(0, 4)) {
    return `${format(a, 'd MMMM')} – ${format(b, 'd MMMM yyyy')}`;
  }
  return `${format(a, 'd MMMM yyyy')} – ${format(b, 'd MMMM yyyy')}`;
}

function period(date: EventDate): string {
  switch (date.granularity) {
    case 'day':
      return format(day(date.start), 'EEEE d MMMM yyyy');
    case 'month':
      return format(day(date.start), 'MMMM yyyy');
    case 'year':
      return format(day(date.start), 'yyyy');
    case 'decade':
      return `the ${format(day(date.start), 'yyyy')}s`;
    case 'week':
      return `the week of ${range(date.start, date.end)}`;
    default:
      return range(date.start, date.end);
  }
}

/**
 * A reader's label for an event date, at the granularity the text gives it.
 *
 * @example
 * formatEventDate({ value: '2019-12', granularity: 'month', start: '2019-12-01', end: '2019-12-31', … })
 * // 'December 2019'
 */
export function formatEventDate(date: EventDate): string {
  const label = period(date);
  return date.mod ? `${modWords[date.mod]} ${label}` : label;
}
