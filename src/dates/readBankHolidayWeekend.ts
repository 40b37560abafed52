import { addDays, differenceInCalendarDays } from 'date-fns';
import type { Pass, Reading } from './Reading.ts';
import { toCalendarDate, toLocalDate } from './calendarDate.ts';
import { holidayRule, type HolidayRule } from './readHolidays.ts';
import { tenseAround } from './tenseAround.ts';
import { toTimex } from './toTimex.ts';

// "the bank holiday weekend", "this bank holiday", "on bank holiday Monday": a bank holiday not
// named, the one the story is near. Only right after "the" or "this", or after a preposition or
// at a sentence's start with no word between: not "a bank holiday" or "an extra bank holiday" (any
// one), "the next bank holiday", nor one named by a word before it ("the August bank holiday",
// read as a holiday; "the Good Friday bank holiday", "the coronation bank holiday", "the June bank
// holiday" of another country), nor "bank holidays".
const LEAD = String.raw`\b(?:the|this)\s+|(?<=\b(?:on|over|for|until|till|before|after|during|by|from|since|at)\s+|^|[.!?]\s+)`;
// After "and" or "or" in a list of days, only with its weekend or its Monday ("on Sunday and bank
// holiday Monday").
const LISTED = String.raw`(?<=\b(?:and|or)\s+)(?=bank holiday\s+(?:weekend|monday)\b)`;
const BARE_BANK_HOLIDAY = new RegExp(
  String.raw`(?:${LEAD}|${LISTED})bank holiday(?!s\b|\s+(?:weekend|monday)s\b)(?:\s+(weekend|monday))?\b`,
  'gi',
);
const REACH_DAYS = 12;
// The holiday readers' own rules, so a bank holiday named and one left unnamed fall on one day.
const MONDAY_BANK_HOLIDAYS: HolidayRule[] = [
  'easter monday',
  'early may bank holiday',
  'spring bank holiday',
  'august bank holiday',
].map((name) => holidayRule(name)!);

/** The Monday bank holidays of England and Wales in a year: Easter Monday, early May, spring, August. */
function bankHolidayMondays(year: number): Date[] {
  return MONDAY_BANK_HOLIDAYS.map((rule) => rule(year));
}

/**
 * The Monday bank holiday a story near one means: the one gone by within twelve days when the
 * sentence is told in the past, else the coming one within twelve days, else the one gone by.
 */
function nearMonday(published: Date, past: boolean): Date | undefined {
  const year = published.getFullYear();
  const near = bankHolidayMondays(year).filter(
    (d) => Math.abs(differenceInCalendarDays(d, published)) <= REACH_DAYS,
  );
  const gone = near.filter((d) => d <= published).at(-1);
  const coming = near.find((d) => d >= published);
  return past ? (gone ?? coming) : (coming ?? gone);
}

/**
 * "Motorists are urged to set off early for the bank holiday weekend", said on Wednesday 20
 * August 2025: the weekend before the August bank holiday (`2025-W34-WE`); "the bank holiday"
 * and "bank holiday Monday" the Monday itself. Only within twelve days of a Monday bank holiday
 * of England and Wales, and in British English only (an American "bank holiday" is a federal
 * one); elsewhere the words are left to the other readers.
 */
export const readBankHolidayWeekend: Pass = (text, { published, locale }) =>
  (locale === 'en-GB' ? [...text.matchAll(BARE_BANK_HOLIDAY)] : []).flatMap((m): Reading[] => {
    const start = m.index;
    const end = start + m[0].length;
    const monday = nearMonday(toLocalDate(published), tenseAround(text, start, end) === 'past');
    if (!monday) return [];
    const weekend = m[1]?.toLowerCase() === 'weekend';
    const value = weekend ? `${toTimex(addDays(monday, -7), 'week')}-WE` : toCalendarDate(monday);
    return [
      {
        start,
        end,
        priority: 3,
        resolve: () => ({
          type: 'DATE',
          value,
          granularity: weekend ? 'week' : 'day',
          anchor: { kind: 'published', date: published },
        }),
      },
    ];
  });
