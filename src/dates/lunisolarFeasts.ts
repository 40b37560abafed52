import { addDays } from 'date-fns';

// One formatter a calendar, made on first use; null where the runtime lacks the calendar (ICU
// then falls back to the Gregorian one rather than throwing).
const formats = new Map<string, Intl.DateTimeFormat | null>();

function formatOf(calendar: string): Intl.DateTimeFormat | null {
  let format = formats.get(calendar);
  if (format === undefined) {
    const made = new Intl.DateTimeFormat(`en-u-ca-${calendar}`, {
      month: 'numeric',
      day: 'numeric',
      timeZone: 'UTC',
    });
    format = made.resolvedOptions().calendar === calendar ? made : null;
    formats.set(calendar, format);
  }
  return format;
}

/** Whether the runtime keeps the Chinese and Hebrew calendars these feasts are read from. */
export function keepsLunisolarCalendars(): boolean {
  return formatOf('chinese') !== null && formatOf('hebrew') !== null;
}

/**
 * The day of `year` (Gregorian) that a calendar's month and day fall on, looked for among the
 * days from `from` (month, day) on for `span` days, using the calendars ICU keeps (`Intl`), so no
 * table of our own. `month` is the calendar's month as ICU writes it in English (a number, or
 * a name for the Hebrew calendar's), or the months any of which will do; undefined when no day
 * of the stretch matches (or the runtime lacks the calendar).
 */
function dayOfCalendar(
  calendar: string,
  month: string | readonly string[],
  day: number,
  year: number,
  from: [number, number],
  span: number,
): Date | undefined {
  const format = formatOf(calendar);
  if (format === null) return undefined;
  const first = new Date(year, from[0] - 1, from[1]);
  for (let i = 0; i < span; i++) {
    const date = addDays(first, i);
    const utc = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate(), 12));
    const parts = format.formatToParts(utc);
    const m = parts.find((p) => p.type === 'month')?.value;
    const d = Number(parts.find((p) => p.type === 'day')?.value);
    if (
      m !== undefined &&
      (typeof month === 'string' ? m === month : month.includes(m)) &&
      d === day
    )
      return date;
  }
  return undefined;
}

/**
 * Lunar New Year (Chinese New Year) of a Gregorian year: the first day of the Chinese calendar's
 * first month, which always falls between Jan. 21 and Feb. 20. Korea's and Vietnam's calendars
 * may differ from China's by a day in a rare year; news in English names China's.
 */
export function lunarNewYear(year: number): Date | undefined {
  return dayOfCalendar('chinese', '1', 1, year, [1, 20], 33);
}

/**
 * The first day of Hanukkah in a Gregorian year: 25 Kislev of the Hebrew calendar (its first
 * candle is lit the evening before), between Nov. 27 and Dec. 28.
 */
export function firstDayOfHanukkah(year: number): Date | undefined {
  return dayOfHebrewCalendar('Kislev', 25, year, [11, 25], 36);
}

/**
 * The day of `year` (Gregorian) that a Hebrew month and day fall on, looked for among the `span`
 * days from `from` (month, day) on. ICU writes a Hebrew month by its name even when asked for a
 * number ("Nisan", "Tishri", "Adar", in a leap year "Adar I" and "Adar II"); several names are
 * any of them.
 *
 * @example dayOfHebrewCalendar('Nisan', 15, 2026, [3, 20], 40) // 2 April 2026
 */
export function dayOfHebrewCalendar(
  month: string | readonly string[],
  day: number,
  year: number,
  from: [number, number],
  span: number,
): Date | undefined {
  return dayOfCalendar('hebrew', month, day, year, from, span);
}
