import type { Mention } from '../model/mention.ts';
import { differenceInCalendarDays } from 'date-fns';
import { CLAUSE_STOP } from './clauseStop.ts';
import { IRREGULAR_PAST } from './irregularPast.ts';
import { REGULAR_PAST } from './regularPast.ts';
import { shiftTimex } from './shiftTimex.ts';
import { toLocalDate } from './calendarDate.ts';
import { dayOfValue, isDayValue } from './valueShape.ts';
import { WEEKDAY_ALONE, WEEKDAY_PATTERN } from './weekdayNames.ts';

// A stretch's first end, a weekday alone (WEEKDAY_ALONE); its second, a weekday with a clock before
// it or alone ("Saturday until 8 p.m. Sunday", "Saturday until Sunday").
const ENDS_IN_WEEKDAY = new RegExp(`\\b${WEEKDAY_PATTERN}$`, 'i');
// Not "to", which joins the two days of a thing moved as often ("Her case has been moved from
// Friday to Monday").
const UNTIL_BETWEEN = /^\s*(?:until|till|through|thru)\s*$/i;
// A state or a schedule told in the present or ahead, in the clause before the first end: "The
// ban lasts", "The line is closed", "Water is off", "will be closed".
const PRESENT_BEFORE =
  /\b(?:is|are|remains?|stays?|lasts?|runs?|continues?|will|shall|['’]s|['’]ll)\b/i;
// A past before it: "The line was closed", "Police closed the road".
const PAST_BEFORE = new RegExp(`\\b(?:was|were|${IRREGULAR_PAST}|${REGULAR_PAST})\\b`, 'i');
// Two ends of one stretch of days lie less than a week apart.
const WEEK = 7;

/** The days from the first end to the second, when both are read on a day written out. */
function daysApart(first: Mention, second: Mention): number | undefined {
  const from = dayOfValue(first.value);
  const to = dayOfValue(second.value);
  if (!from || !to) return undefined;
  return differenceInCalendarDays(toLocalDate(to), toLocalDate(from));
}

/**
 * "The ban lasts Saturday until 8 p.m. Sunday the ministry said", said on Friday 12 January 1996:
 * the two weekdays of one stretch lie within a week of each other, so when they are read a week or
 * more apart, the clause before the first tells which was read wrong. A present state or schedule
 * before it ("lasts", "is closed", "is off", "will be") is the coming stretch, and the first end
 * moves a week on (Saturday `1996-01-13`, was `1996-01-06`); a past before it ("The line was
 * closed Saturday until 4 a.m. Monday", said on Wednesday 9 July 2003) is the stretch gone by, and
 * the second end moves a week back (`2003-07-07T04:00`, was `2003-07-14T04:00`). Only a weekday
 * alone joined by "until", "till" or "through" to a weekday with or without its clock.
 */
export function orderWeekdayRangeStart(text: string, mentions: readonly Mention[]): Mention[] {
  const out = [...mentions];
  for (let i = 0; i + 1 < out.length; i++) {
    const first = out[i]!;
    const second = out[i + 1]!;
    if (!WEEKDAY_ALONE.test(first.text) || !isDayValue(first.value)) continue;
    if (
      !ENDS_IN_WEEKDAY.test(second.text) ||
      !UNTIL_BETWEEN.test(text.slice(first.end, second.start))
    )
      continue;
    const apart = daysApart(first, second);
    if (apart === undefined || apart < WEEK) continue;
    const clause = text.slice(0, first.start).split(CLAUSE_STOP).at(-1) ?? '';
    const week = { amount: WEEK, unit: 'day' } as const;
    if (PRESENT_BEFORE.test(clause)) out[i] = { ...first, value: shiftTimex(first.value, week) };
    else if (PAST_BEFORE.test(clause))
      out[i + 1] = { ...second, value: shiftTimex(second.value, { ...week, amount: -WEEK }) };
  }
  return out;
}
