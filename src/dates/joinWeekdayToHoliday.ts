import { addDays, getDay } from 'date-fns';
import type { Mention } from '../model/mention.ts';
import { toLocalDate } from './calendarDate.ts';
import { MONTH_WORD_SOURCE } from './monthNames.ts';
import { shiftTimex } from './shiftTimex.ts';
import { toTimex } from './toTimex.ts';
import { isDayValue } from './valueShape.ts';
import { WEEKDAY_PATTERN, weekdayNumber } from './weekdayNames.ts';

// A weekday alone, "the" right before it: "the Wednesday" of "the Wednesday before Thanksgiving";
// or counted, the count read with the weekday ("last Saturday") or before it ("the first Monday").
const COUNT = '(first|second|third|fourth|last|final)';
const COUNTED_WEEKDAY = new RegExp(`^(?:${COUNT}\\s+)?(${WEEKDAY_PATTERN})$`, 'i');
const THE_BEFORE = new RegExp(`\\bthe\\s+(?:${COUNT}\\s+)?$`, 'i');
// How many such weekdays out from the named day each count is: "the second Saturday before
// Christmas" is a week before the nearest; "the last Saturday before" is the nearest, as is "the
// first Monday after".
const WEEKS_OUT: Readonly<Record<string, number>> = {
  first: 0,
  second: 1,
  third: 2,
  fourth: 3,
  last: 0,
  final: 0,
};
// The counts that say which side they count to: "the last Saturday before Christmas", not "the
// last Saturday after Christmas", which is no day.
const LAST = /^(?:last|final)$/i;
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
  const weekdayWords = COUNTED_WEEKDAY.exec(m.text);
  const name = weekdayWords?.[2]?.toLowerCase();
  const side = SIDE_BETWEEN.exec(text.slice(m.end, next.start))?.[1]?.toLowerCase();
  const the = THE_BEFORE.exec(text.slice(Math.max(0, m.start - 13), m.start));
  if (!name || !side || !the || m.type !== 'DATE') return undefined;
  const count = (weekdayWords?.[1] ?? the[1])?.toLowerCase();
  if (count !== undefined && LAST.test(count) && side !== 'before') return undefined;
  if (next.type !== 'DATE' || !isDayValue(next.value) || !NAMED_DAY.test(next.text)) {
    return undefined;
  }
  const weekday = weekdayNumber(name);
  const sign = side === 'after' ? 1 : -1;
  const amount =
    stepTo(next.value, weekday, side === 'after' ? 'after' : 'before') +
    sign * 7 * (count === undefined ? 0 : (WEEKS_OUT[count] ?? 0));
  const start = m.start - the[0].length;
  return {
    ...next,
    text: text.slice(start, next.end),
    start,
    value: shiftTimex(next.value, { amount, unit: 'day' }),
  };
}

// "the weekend", "the final weekend", "the last weekend" as read: a weekend before or after a
// named day ("the final weekend before Christmas"). So is "weekend" with no article, or read
// without it ("sales were strong over weekend after Thanksgiving", "spent $5 billion the weekend
// after Thanksgiving"), which is otherwise read as a day near publication.
const WEEKEND_ALONE = /^(?:(?:on|over)\s+)?(?:weekend|the\s+(?:(?:last|final)\s+)?weekend)$/i;
// "the last weekend", "the final weekend": counted back from the day, so only before it.
const LAST_WEEKEND = /^the\s+(?:last|final)/i;

/**
 * "the final weekend before Christmas", "the weekend after Thanksgiving": the weekend read as the
 * whole weekend on that side of the named day (said on Friday 10 December 1999, the final weekend
 * before Christmas, a Saturday, is 18–19 December, 1999-W50-WE, not the coming weekend that "the
 * final weekend" alone reads), the named day left as read. Before, up to the Sunday before the day;
 * after, from the Saturday after.
 */
function weekendOfHoliday(text: string, m: Mention, next: Mention): Mention | undefined {
  const side = SIDE_BETWEEN.exec(text.slice(m.end, next.start))?.[1]?.toLowerCase();
  if (!side || !WEEKEND_ALONE.test(m.text) || m.type !== 'DATE') return undefined;
  if (LAST_WEEKEND.test(m.text) && side !== 'before') return undefined;
  if (next.type !== 'DATE' || !isDayValue(next.value) || !NAMED_DAY.test(next.text)) {
    return undefined;
  }
  const named = toLocalDate(next.value);
  const saturday =
    side === 'after'
      ? addDays(named, stepTo(next.value, 6, 'after'))
      : addDays(named, stepTo(next.value, 0, 'before') - 1);
  // The weekend keeps its own words and the day its own: "Thanksgiving" stays the feast's day.
  return { ...m, value: `${toTimex(saturday, 'week')}-WE`, granularity: 'week' };
}

/**
 * "Holiday travel peaks on the Wednesday before Thanksgiving", "the Sunday after Thanksgiving",
 * "the Saturday before Christmas": a weekday counted from a named day right after it is one
 * mention, the nearest such weekday on that side of the day (said on Wednesday 18 November 2026,
 * the Wednesday before Thanksgiving is 25 November, not the day of publication). Only "the", a
 * weekday alone, "before" or "after" and a day named by its name; not a date ("the Monday after
 * March 3" is left as read), nor a weekday with no "the" ("on Monday before Christmas"). A count
 * between "the" and the weekday counts on from the nearest: "the last Saturday before Christmas",
 * said on 7 December 2026, is 19 December, not the Saturday gone by that "last Saturday" alone
 * reads; "the first Monday after Easter" 6 April 2026; "the second Saturday before Christmas" 12
 * December 2026. "Last" counts only back ("the last Saturday after Christmas" is left). A weekend
 * is dated the same way, beside the day (`weekendOfHoliday`).
 */
export function joinWeekdayToHoliday(text: string, mentions: readonly Mention[]): Mention[] {
  const joined: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const next = mentions[i + 1];
    const both = next ? weekdayOfHoliday(text, m, next) : undefined;
    const weekend = next && !both ? weekendOfHoliday(text, m, next) : undefined;
    joined.push(both ?? weekend ?? m);
    if (both) i++;
  }
  return joined;
}
