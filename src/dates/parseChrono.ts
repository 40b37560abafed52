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
  const reference = toLocalDate(options.published);
  reference.setHours(12);
  if (options.locale !== 'en-GB') return chrono.casual.parse(text, reference);
  // chrono's en-GB reads "February 10" as February 2010, the number a two-digit year; news that
  // writes the month first ("on February 10", as Indian and wire copy do) means the day, which
  // the casual parser reads. So does a range that opens on one ("from Jan. 12 to Jan. 16").
  const casual = () => chrono.casual.parse(text, reference);
  let monthFirst: chrono.ParsedResult[] | undefined;
  return chrono.en.GB.parse(text, reference).map((result) => {
    if (!MONTH_THEN_NUMBER.test(result.text) || result.start.isCertain('day')) return result;
    monthFirst ??= casual();
    return (
      monthFirst.find(
        (r) => r.index === result.index && r.text === result.text && r.start.isCertain('day'),
      ) ?? result
    );
  });
}

// A month's name and a bare number after it, alone or opening a range: "February 10", "Feb. 28",
// "Jan. 12 to Jan. 16".
const MONTH_THEN_NUMBER = /^[A-Za-z]+\.?\s+\d{1,2}(?:$|\s)/;

/** `T07:00` when chrono is certain of the hour, else the empty string. */
export function clockTime(components: chrono.ParsedComponents): string {
  return components.isCertain('hour')
    ? `T${pad(components.get('hour')!)}:${pad(components.get('minute') ?? 0)}`
    : '';
}
