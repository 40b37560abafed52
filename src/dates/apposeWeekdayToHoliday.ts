import { differenceInCalendarDays } from 'date-fns';
import type { Mention } from '../model/mention.ts';
import { apposedWeekday } from './apposedWeekday.ts';
import { toLocalDate } from './calendarDate.ts';
import { isWeekdayOf } from './isWeekdayOf.ts';
import { MONTH_WORD_SOURCE } from './monthNames.ts';
import { shiftTimex } from './shiftTimex.ts';
import { WEEKDAY_PATTERN } from './weekdayNames.ts';
import { CAPITALISED } from './capitalised.ts';

// "Monday", "on Thursday", "next Monday", "this coming Friday": a weekday alone, perhaps with its
// preposition or modifier.
const WEEKDAY_WORDS = new RegExp(
  `^(?:(?:on|next|this|last|coming|this\\s+coming)\\s+)?(${WEEKDAY_PATTERN})$`,
  'i',
);
// A day named by a capitalised name that is no month or weekday: "Labor Day", "New Year's Day",
// "Christmas Eve".
const NAMED_DAY = new RegExp(`^(?!(?:${MONTH_WORD_SOURCE}|${WEEKDAY_PATTERN}))[A-Z]`, 'i');
/** How far apart the weekday read alone and the day named after it may be. */
const NEAR_DAYS = 14;

const daysBetween = (a: string, b: string) =>
  Math.abs(differenceInCalendarDays(toLocalDate(a), toLocalDate(b)));

/**
 * "next Monday, Labor Day", "The government declared Thursday, New Year's Day, a day of prayer": a
 * weekday with a named day set beside it after a comma is that day, and the named day the one that
 * falls on that weekday. Said on Saturday, Aug. 29, 2026, "next Monday, Labor Day" is Sept. 7
 * (Labor Day), not Aug. 31; said on Dec. 31, 2025, "Thursday, New Year's Day" is Jan. 1, 2026, the
 * New Year's Day that is a Thursday, not the one gone by (a Wednesday). A day a year on or back is
 * taken only where the words name a day of a fixed date, which falls on another weekday each year;
 * the nearer to publication wins. Both readings.
 *
 * @example apposeWeekdayToHoliday(text, [thursday, newYearsDay], '2025-12-31') // both '2026-01-01'
 */
export function apposeWeekdayToHoliday(
  text: string,
  mentions: readonly Mention[],
  published: string,
): Mention[] {
  const out = [...mentions];
  for (let i = 0; i + 1 < out.length; i++) {
    const weekdayMention = out[i]!;
    const named = out[i + 1]!;
    const weekday = apposedWeekday(text, weekdayMention, named, WEEKDAY_WORDS);
    if (weekday === undefined || !NAMED_DAY.test(named.text) || !CAPITALISED.test(named.text))
      continue;
    const day = [
      named.value,
      ...[-1, 1].map((amount) => shiftTimex(named.value, { amount, unit: 'year' })),
    ]
      .filter((d) => isWeekdayOf(d, weekday) && daysBetween(d, weekdayMention.value) <= NEAR_DAYS)
      .sort((a, b) => daysBetween(a, published) - daysBetween(b, published))[0];
    if (day === undefined || (day === weekdayMention.value && day === named.value)) continue;
    out[i] = {
      ...weekdayMention,
      value: day,
      anchor: { kind: 'mention', text: named.text, start: named.start, value: day },
    };
    out[i + 1] = { ...named, value: day };
  }
  return out;
}
