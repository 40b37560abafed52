import { publishedSetReading } from './publishedSetReading.ts';
import type { Pass, Reading } from './Reading.ts';
import { HOLIDAY_NAME_SOURCE, THING_AFTER, holidayRule } from './readHolidays.ts';

// "every Christmas Eve", "each Thanksgiving", "every Fourth of July", "every Labor Day weekend":
// a holiday after "every" or "each" recurs, as "every July" does; it is no one year's holiday.
const RECURRING_HOLIDAY = new RegExp(
  `\\b(?:every|each)\\s+(${HOLIDAY_NAME_SOURCE}|fourth\\s+of\\s+july)(?:\\s+(?:(?:bank\\s+)?holiday\\s+)?(week(?:end)?))?(?![\\w'’-])`,
  'gi',
);

/** The two-digit month and day of a holiday that falls on the same day every year, if it does. */
function fixedMonthDay(name: string): string | undefined {
  // "every Fourth of July": the name is listed with its article ("the Fourth of July").
  const rule = holidayRule(name) ?? holidayRule(`the ${name}`);
  if (!rule) return undefined;
  const [a, b] = [rule(2001), rule(2002)];
  if (a.getMonth() !== b.getMonth() || a.getDate() !== b.getDate()) return undefined;
  return `${String(a.getMonth() + 1).padStart(2, '0')}-${String(a.getDate()).padStart(2, '0')}`;
}

/**
 * "Every Christmas Eve, the family opens one present", "The town has held a rodeo every Labor Day
 * weekend since 1946": a holiday after "every" or "each" is a SET, in both readings, where the
 * holiday reader alone took the last or next one. A holiday on a fixed day recurs on that day
 * (`XXXX-12-24`); a moveable one, or its weekend or week, once a year (`P1Y`). The name must be
 * capitalised, and a thing of the holiday's after it is no time ("every Christmas card").
 */
export const readRecurringHolidays: Pass = (text, { published }) => {
  const readings: Reading[] = [];
  for (const m of text.matchAll(RECURRING_HOLIDAY)) {
    const name = m[1]!;
    if (!/^(?:the\s+)?[A-Z]/.test(name)) continue;
    const end = m.index + m[0].length;
    if (!m[2] && THING_AFTER.test(text.slice(end))) continue;
    const day = m[2] ? undefined : fixedMonthDay(name);
    const value = day ? `XXXX-${day}` : 'P1Y';
    readings.push(publishedSetReading(m.index, end, value, published));
  }
  return readings;
};
