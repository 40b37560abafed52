import { addDays } from 'date-fns';
import type { HolidayRule } from './readHolidays.ts';

/**
 * Easter Sunday of the Orthodox churches in a year, as a Gregorian date: Easter by the Julian
 * calendar (Meeus's Julian algorithm), moved by the days the two calendars then stand apart
 * (13 from 1900 to 2099). It falls on Western Easter or one to five weeks after it.
 *
 * @example orthodoxEasterSunday(2026) // 12 April 2026 (Western Easter: 5 April)
 */
export function orthodoxEasterSunday(year: number): Date {
  const a = year % 4;
  const b = year % 7;
  const c = year % 19;
  const d = (19 * c + 15) % 30;
  const e = (2 * a + 4 * b - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  const day = ((d + e + 114) % 31) + 1;
  const century = Math.floor(year / 100);
  const apart = century - Math.floor(century / 4) - 2;
  return addDays(new Date(year, month - 1, day), apart);
}

/**
 * The feasts of the Orthodox churches named as theirs, which the Julian calendar dates apart from
 * the Western ones: "Orthodox Easter" (or "Orthodox Easter Sunday") on orthodoxEasterSunday's day,
 * its Good Friday two days before and its Easter Monday the day after,
 * "Orthodox Christmas" (Day) on 7 January and its Eve on 6 January (25 and 24 December by the
 * Julian calendar, from 1900 to 2099). "Orthodox Easter falls on 12 April this year", said on 8
 * April 2026, is `2026-04-12`, where "Easter" was read as the Western one or not at all. Read by
 * the holiday reader, by tense and with its guards, as the other holidays. Not "Orthodox
 * Christians celebrated Easter on Sunday", the Western name with the day the text gives it.
 */
export const ORTHODOX_FEASTS: ReadonlyArray<[RegExp, HolidayRule]> = [
  // Its Good Friday and Easter Monday first, so that "Orthodox Easter" is not read before "Monday".
  [/orthodox\s+good\s+friday/, (y) => addDays(orthodoxEasterSunday(y), -2)],
  [/orthodox\s+easter\s+monday/, (y) => addDays(orthodoxEasterSunday(y), 1)],
  [/orthodox\s+easter(?:\s+sunday)?/, orthodoxEasterSunday],
  [/orthodox\s+christmas\s+eve/, (y) => new Date(y, 0, 6)],
  [/orthodox\s+christmas(?:\s+day)?/, (y) => new Date(y, 0, 7)],
];
