import type { Mention } from '../model/mention.ts';
import type { Reading } from './Reading.ts';
import { CLOCK_ZONE } from './clockZone.ts';
import { placeBetweenClockAndDay } from './placeBetweenClockAndDay.ts';
import { joinTimesToDays } from './joinRanges.ts';
import { MONTH_WORD_SOURCE } from './monthNames.ts';
import { shiftTimex } from './shiftTimex.ts';
import { isWeekdayOf } from './isWeekdayOf.ts';
import { WEEKDAY_NAMES, WEEKDAY_PATTERN } from './weekdayNames.ts';
import { dayOfValue, isDayValue, isTimeOnDayValue } from './valueShape.ts';

// "10:35 a.m. (0735 GMT) Friday", "10:35 a.m. (3:35 a.m. EDT) on Friday": only the clock in
// another zone, in parentheses, stands between a clock time and its day, after the clock's own
// zone if the clock's words left it out ("3:15 a.m. local time (0015 GMT) on Tuesday").
const OWN_ZONE = `(?:\\.?\\s*${CLOCK_ZONE}\\b)?`;
const PARENTHESIS_BETWEEN = new RegExp(`^${OWN_ZONE}\\s*\\([^()]*\\)\\s*(?:on\\s+)?$`, 'i');
const PARENTHESIS_OPENS = new RegExp(`^${OWN_ZONE}\\s*\\(\\s*$`);
const CLOCK = /T(\d{2}):\d{2}/;
// Words that name a day: a weekday, a month, a day word, a numeric date. A zone time without
// them ("0400 GMT") holds only the publication day it was read on, which says nothing.
// A month or a numbered day ("0100 GMT March 3", "9/11"): with one, a zone time names its own day.
const MONTH_OR_NUMBERED_DAY_SOURCE = `\\b${MONTH_WORD_SOURCE}|\\d{1,2}/\\d{1,2}`;
const MONTH_OR_NUMBERED_DAY = new RegExp(MONTH_OR_NUMBERED_DAY_SOURCE, 'i');
const NAMES_DAY = new RegExp(
  `\\b(?:${WEEKDAY_PATTERN}|today|tonight|yesterday|tomorrow)\\b|${MONTH_OR_NUMBERED_DAY_SOURCE}`,
  'i',
);

/** How long the "on " a news mention opens with is ("on Friday"), 0 without one. */
function leadingOn(words: string): number {
  return /^on\s+/i.exec(words)?.[0].length ?? 0;
}

/** The hour of a TIMEX time ("2025-03-07T21:00" → 21), undefined without one. */
function hourOf(value: string): number | undefined {
  const hour = CLOCK.exec(value)?.[1];
  return hour === undefined ? undefined : Number(hour);
}

/**
 * The day of a clock time whose other-zone time in parentheses falls on `day`: "9 p.m. (1 a.m.
 * GMT Friday)" is Thursday's, since no two zones lie more than 12 hours apart; "2 a.m. (8 p.m.
 * EST Monday)" is Tuesday's.
 */
function dayAcrossZones(day: string, local: string, zoned: string): string {
  const from = hourOf(local);
  const to = hourOf(zoned);
  if (from === undefined || to === undefined) return day;
  if (from - to > 12) return shiftTimex(day, { amount: -1, unit: 'day' });
  if (to - from > 12) return shiftTimex(day, { amount: 1, unit: 'day' });
  return day;
}

/**
 * The local day of a clock told with no day of its own (`local`), read from its other-zone time in
 * the parentheses after it when they name its day: "9:30 p.m. (0230 GMT Monday)" is Sunday's.
 * `inside` are the mentions read in the parentheses up to and with the one naming the day ("0230
 * GMT", "Monday"). `undefined` when they name none ("(0230 GMT)") or hold no clock.
 */
export function localDayOfConversion(
  local: Mention,
  inside: readonly Mention[],
): string | undefined {
  const named = inside.at(-1);
  if (!named || !NAMES_DAY.test(named.text) || dayOfValue(named.value) === undefined)
    return undefined;
  const clock = inside.findLast((m) => CLOCK.test(m.value));
  if (!clock || hourOf(local.value) === undefined) return undefined;
  const day = named.value.slice(0, 10);
  return dayAcrossZones(day, local.value, `${day}${clock.value.slice(10)}`);
}

/**
 * Bare clock times (`Reading.clock`) re-read on the day named right after them behind a
 * parenthesis ("occurred at 10:35 a.m. (0735 GMT) Friday" is Friday's) or in it ("at 4 in the
 * morning (4 a.m. EDT Thursday)" is Thursday's, and "at 9 p.m. (1 a.m. GMT Friday)" Thursday's),
 * which `clockOnLastDay` could not see when it read them on the day before. The two stay apart,
 * as TimeML marks them; a wire time and its weekday in the parenthesis ("(0400 GMT Sunday)") are
 * read as the one mention they become.
 *
 * @example tieClocksToDays(text, readings, [clock, friday])
 * // [{ …clock, value: '1998-08-07T10:35' }, friday]
 */
export function tieClocksToDays(
  text: string,
  readings: readonly Reading[],
  mentions: readonly Mention[],
): Mention[] {
  const tied: Mention[] = mentions.map((m, i) => {
    // The first day named after the clock; a wire time in the parenthesis is passed over.
    // Only the next two mentions: the day, or a wire time and then the day.
    if (!readings[i]?.clock) return m;
    const next = mentions.slice(i + 1, i + 3).find((n) => isDayValue(n.value));
    const beside = next && PARENTHESIS_BETWEEN.test(text.slice(m.end, next.start));
    // "at around 7.40pm on the A38 on Saturday 27 June": only the place stands between the clock
    // and the weekday that follows it.
    const placed =
      mentions[i + 1] === next &&
      next !== undefined &&
      placeBetweenClockAndDay(text.slice(m.end, next.start + leadingOn(next.text)), next.text);
    // "at 4 in the morning (4 a.m. EDT Thursday)": the parenthesis gives the clock in another
    // zone with its day, which (within 12 hours) is the clock's day too.
    const [zoned] = joinTimesToDays(text, mentions.slice(i + 1, i + 3));
    const inside =
      !beside &&
      !placed &&
      zoned !== undefined &&
      isTimeOnDayValue(zoned.value) &&
      NAMES_DAY.test(zoned.text) &&
      PARENTHESIS_OPENS.test(text.slice(m.end, zoned.start));
    const named = beside || placed ? next : inside ? zoned : undefined;
    const clock = /T[\w:.]+$/.exec(m.value)?.[0];
    if (!named || !clock) return m;
    const day = named.value.slice(0, 10);
    return {
      ...m,
      value: (inside ? dayAcrossZones(day, m.value, named.value) : day) + clock,
      anchor: { kind: 'mention', text: named.text, start: named.start, value: named.value },
    };
  });
  return tied.map((m, i) => {
    // "(0100 GMT Wednesday)" is still a clock and a weekday here, joined later: the weekday takes
    // the day, and the clock follows it when they join.
    const [pair, ...rest] =
      i >= 2 && isDayValue(m.value) ? joinTimesToDays(text, [tied[i - 1]!, m]) : [];
    if (pair && rest.length === 0) {
      const restated = restatedOnDay(text, tied[i - 2], pair);
      return restated === pair
        ? m
        : { ...m, value: restated.value.slice(0, 10), anchor: restated.anchor };
    }
    return restatedOnDay(text, withClockBefore(text, tied, i - 1), m);
  });
}

/**
 * The mention at `i`, or, when it is a day with a clock time right before it that joins to it
 * ("6 a.m. Beijing time on Thursday"), the two as the one clock time of that day they become.
 */
function withClockBefore(
  text: string,
  mentions: readonly Mention[],
  i: number,
): Mention | undefined {
  const day = mentions[i];
  if (!day || i < 1 || !isDayValue(day.value)) return day;
  const [pair, ...rest] = joinTimesToDays(text, [mentions[i - 1]!, day]);
  return pair && rest.length === 0 ? pair : day;
}

// A weekday alone, with no month or numbered day: "0100 GMT Wednesday".
const WEEKDAY_ONLY = new RegExp(`\\b(${WEEKDAY_PATTERN})\\b`, 'i');

/**
 * "9 p.m. ET on Tuesday (0100 GMT Wednesday)": a zone time in parentheses right after a clock
 * time with its own day restates it, so its day is that one, or the one before or after when the
 * hours lie more than 12 apart; its weekday, read alone, could have been any other week's. Left as
 * it is when the weekday written does not fit. A zone time that names no day ("3 p.m. ET on
 * Tuesday (1900 GMT)") takes it so too, when the clock before it has a day of its own, named in
 * its words or tied to it; read alone it was the publication day's.
 */
function restatedOnDay(text: string, local: Mention | undefined, zoned: Mention): Mention {
  if (!local || !isTimeOnDayValue(local.value) || !isTimeOnDayValue(zoned.value)) return zoned;
  if (local.anchor?.kind === 'mention' && local.anchor.start === zoned.start) return zoned;
  if (!PARENTHESIS_OPENS.test(text.slice(local.end, zoned.start))) return zoned;
  const weekday = WEEKDAY_ONLY.exec(zoned.text)?.[1]?.toLowerCase();
  const dayless = !NAMES_DAY.test(zoned.text) && zoned.anchor?.kind === 'published';
  const localDay = NAMES_DAY.test(local.text) || local.anchor?.kind === 'mention';
  if (dayless ? !localDay : !weekday || MONTH_OR_NUMBERED_DAY.test(zoned.text)) return zoned;
  const day = dayAcrossZones(local.value.slice(0, 10), zoned.value, local.value);
  const clock = /T[\w:.]+$/.exec(zoned.value)?.[0];
  if (
    !clock ||
    (weekday !== undefined &&
      !isWeekdayOf(
        day,
        WEEKDAY_NAMES.findIndex((name) => name === weekday),
      ))
  )
    return zoned;
  return {
    ...zoned,
    value: day + clock,
    anchor: { kind: 'mention', text: local.text, start: local.start, value: local.value },
  };
}
