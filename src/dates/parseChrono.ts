import * as chrono from 'chrono-node';
import type { Locale } from '../model/temporal.ts';
import { toLocalDate } from './calendarDate.ts';

/** Two digits, as TIMEX months, days, hours and minutes are written. */
export const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * chrono-node's results for a text published on `published`: day-first numerals ("6/8" is 6
 * August) under en-GB. The reference is noon of the publication day, which keeps it inside that
 * day whatever the process time zone.
 */
export function parseChrono(
  text: string,
  options: { published: string; locale: Locale },
): chrono.ParsedResult[] {
  const parser = options.locale === 'en-GB' ? chrono.en.GB : chrono.casual;
  const reference = toLocalDate(options.published);
  reference.setHours(12);
  return parser.parse(text, reference);
}

/** `T07:00` when chrono is certain of the hour, else the empty string. */
export function clockTime(components: chrono.ParsedComponents): string {
  return components.isCertain('hour')
    ? `T${pad(components.get('hour')!)}:${pad(components.get('minute') ?? 0)}`
    : '';
}
