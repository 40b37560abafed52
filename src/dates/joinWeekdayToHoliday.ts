import { getDay } from 'date-fns';
import type { Mention } from '../model/mention.ts';
import { toLocalDate } from './calendarDate.ts';
import { MONTH_WORD_SOURCE } from './monthNames.ts';
import { shiftTimex } from './shiftTimex.ts';
import { isDayValue } from './valueShape.ts';
import { WEEKDAY_PATTERN, weekdayNumber } from './weekdayNames.ts';

// A weekday alone, "the" right before it: "the Wednesday" of "the Wednesday before Thanksgiving".
const WEEKDAY_ALONE = new RegExp(`^(${WEEKDAY_PATTERN})$`, 'i');
const THE_BEFORE = /\bthe\s+$/i;
const SIDE_BETWEEN = /^\s+(before|after)\s+$/i;
// A day named by a capitalised name that is no month or weekday: "Thanksgiving", "Christmas Day",
// "Easter", "Labor Day".
const NAMED_DAY = new RegExp(`^(?!(?:${MONTH_WORD_SOURCE}|${WEEKDAY_PATTERN}))[A-Z][^\\d]*$`, 'i');

/** How many days from the named day to the weekday on the side the words say (1 to 7). */
function stepTo(named: string, weekday: number, side: 'before' | 'after'): number {
  const from = getDay(toLocalDate(named));
  const gap = side === 'after' ? (weekday - from + 7) % 7 : (from - weekday + 7) % 7;
  return (gap || 7) * (side === 'after' ? 1 : -1);
}

/** "the Sunday after Thanksgiving" as one mention, or undefined when the two are no such words. */
function weekdayOfHoliday(text: string, m: Mention, next: Mention): Mention | undefined {
  const name = WEEKDAY_ALONE.exec(m.text)?.[1]?.toLowerCase();
  const side = SIDE_BETWEEN.exec(text.slice(m.end, next.start))?.[1]?.toLowerCase();
  const the = THE_BEFORE.exec(text.slice(Math.max(0, m.start - 6), m.start));
  if (!name || !side || !the || m.type !== 'DATE') return undefined;
  if (next.type !== 'DATE' || !isDayValue(next.value) || !NAMED_DAY.test(next.text)) {
    return undefined;
  }
  const weekday = weekdayNumber(name);
  const amount = stepTo(next.value, weekday, side === 'after' ? 'after' : 'before');
  const start = m.start - the[0].length;
  return {
    ...next,
    text: text.slice(start, next.end),
    start,
    value: shiftTimex(next.value, { amount, unit: 'day' }),
  };
}

/**
 * "Holiday travel peaks on the Wednesday before Thanksgiving", "the Sunday after Thanksgiving",
 * "the Saturday before Christmas": a weekday counted from a named day right after it is one
 * mention, the nearest such weekday on that side of the day (said on Wednesday 18 November 2026,
 * the Wednesday before Thanksgiving is 25 November, not the day of publication). Only "the", a
 * weekday alone, "before" or "after" and a day named by its name; not a date ("the Monday after
 * March 3" is left as read), nor a weekday with no "the" ("on Monday before Christmas").
 */
export function joinWeekdayToHoliday(text: string, mentions: readonly Mention[]): Mention[] {
  const joined: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const next = mentions[i + 1];
    const both = next ? weekdayOfHoliday(text, m, next) : undefined;
    joined.push(both ?? m);
    if (both) i++;
  }
  return joined;
}
