import { format } from 'date-fns';
import type { Granularity, TimexMod } from '../model/temporal.ts';
import { timexClock } from '../model/timexClock.ts';
import { toLocalDate } from './calendarDate.ts';

const seasons: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };

const modWords: Record<TimexMod, (label: string) => string> = {
  START: (label) => `early ${label}`,
  MID: (label) => `mid-${label}`,
  END: (label) => `late ${label}`,
  APPROX: (label) => `around ${label}`,
  BEFORE: (label) => `by ${label}`,
  AFTER: (label) => `from ${label}`,
};

/**
 * The clock time a TIME value keeps (`2025-03-03T10:30`), as the article stated it: "10:30 am",
 * with the zone its words name ("EST"). It is the article's clock, not the reader's.
 */
function clockOf(value: string, zone: string | undefined): string | undefined {
  const clock = timexClock(value);
  if (!clock) return undefined;
  const { hour, minute } = clock;
  const time = `${hour % 12 || 12}:${String(minute).padStart(2, '0')} ${hour < 12 ? 'am' : 'pm'}`;
  return zone ? `${time} ${zone}` : time;
}

/**
 * How a reader says a date at its own precision: a day with the clock time the words give, if
 * they give one, and the zone they name with it (`zone`, as written: "EST", "local time").
 *
 * @example
 * labelDate({ value: '2025-W33', granularity: 'week', start: '2025-08-11', end: '2025-08-17' })
 * //=> 'week of 11 Aug 2025'
 */
export function labelDate(date: {
  value: string;
  granularity: Granularity;
  start: string;
  end: string;
  mod?: TimexMod;
  zone?: string;
}): string {
  const start = toLocalDate(date.start);
  const end = toLocalDate(date.end);
  const plain = (() => {
    switch (date.granularity) {
      case 'day': {
        const clock = clockOf(date.value, date.zone);
        const day = format(start, 'EEE d MMM yyyy');
        return clock ? `${day}, ${clock}` : day;
      }
      case 'week':
        return `week of ${format(start, 'd MMM yyyy')}`;
      case 'month':
        return format(start, 'MMMM yyyy');
      case 'quarter':
        return `${format(start, 'MMM')}–${format(end, 'MMM yyyy')}`;
      case 'season':
        return `${seasons[date.value.slice(-2)] ?? 'season'} ${format(start, 'yyyy')}`;
      case 'year':
        return format(start, 'yyyy');
      case 'decade':
        return `${format(start, 'yyyy')}s`;
      case 'span':
        return `${format(start, 'd MMM yyyy')} – ${format(end, 'd MMM yyyy')}`;
    }
  })();
  return date.mod ? modWords[date.mod](plain) : plain;
}
