import type { HolidayRule } from './readHolidays.ts';
import { dayOfHebrewCalendar } from './lunisolarFeasts.ts';

/**
 * The feasts of the Hebrew calendar news dates services, closures and travel by, each read as
 * its first day, as Hanukkah is (25 Kislev), the feast beginning at sundown the evening before:
 * Rosh Hashanah (1 Tishri), Yom Kippur (10 Tishri), Sukkot (15 Tishri), Passover or Pesach (15
 * Nisan), Shavuot (6 Sivan) and Purim (14 Adar, of Adar II in a leap year). Their days are taken
 * from the Hebrew calendar ICU keeps (`Intl`), no table of our own, so the holiday reader reads
 * them by tense as it does the others: "Yom Kippur begins at sundown on Sunday", said on Friday
 * 18 September 2026, is `2026-09-21`; "Offices closed for Passover", said in mid-April 2026,
 * `2026-04-02`. Each is looked for in the weeks its day can fall in.
 *
 * Not the Yom Kippur War (1973), a war's name, nor a feast written in lower case ("the passover
 * of the jets"); the holiday reader's guards (a thing of the feast, a name after it) hold as for
 * the others. Simchat Torah, whose day differs in Israel and abroad, and Tisha B'Av, moved off a
 * Sabbath, are left unread.
 */
export const HEBREW_FEASTS: ReadonlyArray<[RegExp, HolidayRule]> = [
  [/rosh\s+hash(?:an|on)ah?/, (y) => dayOfHebrewCalendar('Tishri', 1, y, [9, 4], 33)!],
  [/yom\s+kippur(?!\s+war\b)/, (y) => dayOfHebrewCalendar('Tishri', 10, y, [9, 13], 33)!],
  [/sukkoth?|succoth?/, (y) => dayOfHebrewCalendar('Tishri', 15, y, [9, 18], 33)!],
  [/passover|pesach/, (y) => dayOfHebrewCalendar('Nisan', 15, y, [3, 25], 33)!],
  [/shavuoth?/, (y) => dayOfHebrewCalendar('Sivan', 6, y, [5, 14], 33)!],
  [/purim/, (y) => dayOfHebrewCalendar(['Adar', 'Adar II'], 14, y, [2, 20], 40)!],
];
