import type * as chrono from 'chrono-node';
import type { Locale } from '../model/temporal.ts';
import type { ChronoPart } from './ChronoPart.ts';
import { CLOCK_WORDS } from './clockWords.ts';
import {
  hourOfPartAfterDay,
  hourOfZonedClock,
  inAfternoon,
  MERIDIEM_WRITTEN,
} from './hourPastNoon.ts';
import { parseChrono } from './parseChrono.ts';
import { WEEKDAY_PATTERN } from './weekdayNames.ts';

/**
 * The parts chrono's `results` name, a range split into its two ends and each end read with the
 * other: a meridiem after a bare second end, a working day's afternoon, a day taken from one end
 * for the other, and "between … and" joined as "from … to" is. `masked` is the text chrono read
 * (maskForChrono's), where "between … and" is looked for.
 */
export function rangeEnds(
  text: string,
  masked: string,
  results: chrono.ParsedResult[],
  options: { published: string; locale: Locale },
): ChronoPart[] {
  const parts = results
    .flatMap(splitRange)
    .map((part) => afternoonEnd(text, clockAfterDay(text, part, options)))
    // A bare hour's a.m. or p.m. is settled before a second end takes the first's day.
    .map((part) => hourOfPartAfterDay(text, part))
    .map((part) => hourOfZonedClock(text, part))
    .map(dayFromSecondEnd)
    .map(dayOfWeekdayFirstEnd);
  return joinBetween(masked, parts);
}

/**
 * A range such as "from 9/3 to 16/3" names two dates; each becomes its own part with its own
 * offsets, so each can be checked against the words it came from.
 */
function splitRange(result: chrono.ParsedResult): ChronoPart[] {
  const whole = { start: result.index, text: result.text, components: result.start };
  if (!result.end) return [whole];
  // Whole words only: the "to" inside "October" joins nothing.
  const connector = /\s*(?:-|–|—|\b(?:to|until|till|through|and)\b)\s*/gi;
  const last = [...result.text.matchAll(connector)].pop();
  if (!last || last.index === 0) return [whole];
  const firstText = result.text.slice(0, last.index);
  // chrono puts a stretch's earlier time first: in "from 9 p.m. until midnight on Dec. 31" it
  // takes the midnight for the start of Dec. 31, before 9 p.m., and gives it as the start, the
  // clock alone as the end. A first end whose words are a clock alone cannot have named the day
  // chrono is sure of while the second end's reading has none: the readings are given back to
  // the words they came from.
  const swapped =
    (CLOCK_ONLY.test(firstText.trim()) &&
      result.start.isCertain('day') &&
      !result.end.isCertain('day')) ||
    midnightPutLast(firstText, result.start, result.end);
  const first: ChronoPart = {
    start: result.index,
    text: firstText,
    components: swapped ? result.end : result.start,
  };
  const second: ChronoPart = {
    start: result.index + last.index + last[0].length,
    text: result.text.slice(last.index + last[0].length),
    components: swapped ? result.start : result.end,
    from: first,
  };
  first.to = second;
  return [first, second];
}

/**
 * "from midnight to 6 a.m.": chrono reads the midnight as the start of the day after and, finding
 * it after the 6 a.m., puts it last. A first end that is "midnight" alone whose reading is not at
 * midnight while the second end's is has been put the other way round.
 */
function midnightPutLast(
  firstText: string,
  start: chrono.ParsedComponents,
  end: chrono.ParsedComponents,
): boolean {
  return (
    /^(?:(?:from|between)\s+)?midnight$/i.test(firstText.trim()) &&
    start.get('hour') !== 0 &&
    end.get('hour') === 0
  );
}

// "from 10 p.m. on March 3 to 4 a.m.": chrono reads "March 3 to 4" as two days and leaves the
// "a.m." out; a meridiem after a range's bare second number makes it a clock time.
const MERIDIEM_AFTER = /^\s*[ap]\.?m\b/i;

/**
 * A range's second end that is a bare number read as a day ("4"), with "a.m." or "p.m." after it
 * in the text and a clock time as the first end: the clock time that number and meridiem are,
 * with no day of its own (so the second-clock rule puts it on the first clock's day or the day
 * after). The part is changed in place, so its first end still points to it.
 */
function clockAfterDay(
  text: string,
  part: ChronoPart,
  options: { published: string; locale: Locale },
): ChronoPart {
  if (!part.from?.components.isCertain('hour') || !/^\s*\d{1,2}\s*$/.test(part.text)) return part;
  const end = part.start + part.text.trimEnd().length;
  const meridiem = MERIDIEM_AFTER.exec(text.slice(end));
  if (!meridiem) return part;
  const words = text.slice(part.start, end + meridiem[0].length);
  const clock = parseChrono(words, options)[0];
  if (!clock?.start.isCertain('hour') || clock.start.isCertain('day')) return part;
  part.text = words;
  part.components = clock.start;
  return part;
}

/**
 * "open from 9 to 5 on Friday", "from 8 a.m. to 4": a range of hours whose second bare hour is
 * smaller than a first that is not in the evening is a working day, and its second end is in the
 * afternoon (chrono reads it as 5 a.m.). "from 7 to 11" keeps its morning, "from 9 p.m. to 2" its
 * night. The part is changed in place, so its first end still points to it.
 */
function afternoonEnd(text: string, part: ChronoPart): ChronoPart {
  const from = part.from;
  if (!from || !clockRange(part) || MERIDIEM_WRITTEN.test(part.text)) return part;
  const end = part.start + part.text.trimEnd().length;
  if (MERIDIEM_AFTER.test(text.slice(end))) return part;
  const hour = part.components.get('hour')!;
  const first = from.components.get('hour')!;
  const evening = from.components.isCertain('meridiem') && from.components.get('meridiem') === 1;
  if (evening || hour < 1 || hour >= first || first > 12) return part;
  part.components = inAfternoon(part.components);
  return part;
}

// The components that name a day.
const DAY_COMPONENTS: readonly chrono.Component[] = ['weekday', 'day', 'month', 'year'];

/**
 * "from 9 a.m. to noon on Friday", "from 6 p.m. to midnight on Saturday": chrono gives the first
 * clock of a stretch the day after its second end when that end has "a.m." or "p.m.", but not
 * when it is noon or midnight, and the first was read on the publication day. It takes the
 * second end's day here, as it does there.
 */
function dayFromSecondEnd(part: ChronoPart): ChronoPart {
  const to = part.to;
  const c = part.components;
  if (!to || !CLOCK_ONLY.test(part.text.trim()) || !c.isCertain('hour')) return part;
  if (c.isCertain('weekday') || c.isCertain('day')) return part;
  const day = to.components;
  if (!day.isCertain('hour') || !(day.isCertain('weekday') || day.isCertain('day'))) return part;
  part.components = {
    isCertain: (k) => (DAY_COMPONENTS.includes(k) ? day.isCertain(k) : c.isCertain(k)),
    get: (k) => (DAY_COMPONENTS.includes(k) ? day.get(k) : c.get(k)),
    date: () => {
      const date = day.date();
      date.setHours(c.get('hour')!, c.get('minute') ?? 0);
      return date;
    },
    tags: () => c.tags(),
  };
  return part;
}

// A weekday and a bare number, as a stretch's first end ("Monday 13" in "from Monday 13 to Friday
// 17 January").
const WEEKDAY_AND_NUMBER = new RegExp(`^(?:from\\s+)?(?:${WEEKDAY_PATTERN})\\s+(\\d{1,2})$`, 'i');

/**
 * "from Monday 13 to Friday 17 January": chrono reads the first end's number as a clock hour on
 * the nearest Monday; day-first copy means the 13th, of the second end's month (the month before
 * when the day is after the second end's).
 */
function dayOfWeekdayFirstEnd(part: ChronoPart): ChronoPart {
  const to = part.to;
  const c = part.components;
  const number = WEEKDAY_AND_NUMBER.exec(part.text.trim())?.[1];
  if (!to || !number || !c.isCertain('hour') || c.get('minute')) return part;
  const end = to.components;
  if (!end.isCertain('day') || !end.isCertain('month')) return part;
  const day = Number(number);
  if (day < 1 || day > 31 || c.get('hour') !== day) return part;
  const first = new Date(
    end.get('year')!,
    end.get('month')! - 1 - (day > end.get('day')! ? 1 : 0),
    day,
  );
  const certain = new Set<chrono.Component>(['weekday', 'day', 'month']);
  if (end.isCertain('year')) certain.add('year');
  const value: Partial<Record<chrono.Component, number>> = {
    weekday: first.getDay(),
    day: first.getDate(),
    month: first.getMonth() + 1,
    year: first.getFullYear(),
  };
  part.components = {
    isCertain: (k) => certain.has(k),
    get: (k) => value[k] ?? null,
    date: () => new Date(first.getFullYear(), first.getMonth(), first.getDate(), 12),
    tags: () => c.tags(),
  };
  return part;
}

/**
 * "between 11 p.m. Friday and 5 a.m.": chrono reads the two ends of a "between … and" apart; the
 * second is made the range's second end of the first, as "from … to" gives it.
 */
function joinBetween(text: string, parts: ChronoPart[]): ChronoPart[] {
  parts.forEach((part, i) => {
    const first = i > 0 ? parts[i - 1]! : undefined;
    if (!first || part.from || first.to || first.from) return;
    const firstEnd = first.start + first.text.length;
    if (!/^\s*and\s*$/i.test(text.slice(firstEnd, part.start))) return;
    const opened =
      /^between\s/i.test(first.text) || /\bbetween\s+$/i.test(text.slice(0, first.start));
    if (!opened) return;
    part.from = first;
    first.to = part;
  });
  return parts;
}

/**
 * Whether a range's second end and its first both give a clock time: "from 10 p.m. Friday until
 * 6 a.m. Saturday" is one stretch of hours, not a day moved to another ("postponed from Monday to
 * Wednesday").
 */
export function clockRange(part: ChronoPart): boolean {
  return (
    part.from !== undefined &&
    part.components.isCertain('hour') &&
    part.from.components.isCertain('hour')
  );
}

/**
 * Whether a range's second end, a midnight, closes hours opened by a later clock on the same day
 * ("from 10 p.m. to midnight March 3", the first end taking its day from the second): that
 * midnight ends the day. Not when the first end names a day of its own ("from 6 p.m. March 2 to
 * midnight March 3"), nor after a midnight or an earlier clock ("from midnight to 5 a.m.").
 */
export function closesEveningOfSameDay(part: ChronoPart): boolean {
  if (!clockRange(part)) return false;
  const first = part.from!.components;
  const second = part.components;
  return (
    minutesOf(second) === 0 &&
    minutesOf(first) > 0 &&
    first.get('day') === second.get('day') &&
    first.get('month') === second.get('month')
  );
}

/** A clock time's minutes into its day (22:30 → 1350). */
function minutesOf(c: chrono.ParsedComponents): number {
  return c.get('hour')! * 60 + (c.get('minute') ?? 0);
}

/**
 * Whether a range's first end is a clock time of the night before the day after its second:
 * "between 10 p.m. and 4 a.m. on Sunday" is the night into Sunday, from 10 p.m. on Saturday. A
 * night named with its day ("from 10 p.m. to 4 a.m. Sunday night", "tonight") is that day's, and
 * both clocks are read on it.
 */
export function nightBefore(text: string, part: ChronoPart): boolean {
  const to = part.to;
  if (!to || !CLOCK_ONLY.test(part.text.trim()) || !clockRange(to)) return false;
  if (minutesOf(part.components) <= minutesOf(to.components)) return false;
  // "from 6 p.m. to midnight on Saturday": the midnight that ends the day, not one before it.
  if (/^midnight\b/i.test(to.text.trim())) return false;
  const end = to.start + to.text.length;
  return !/night\b/i.test(text.slice(to.start, end) + (/^\s*\w+/.exec(text.slice(end))?.[0] ?? ''));
}

/**
 * The components a range's second end (`part`) takes its written calendar day from, when chrono
 * put that day on a first end that is only a clock of the night before it and moved the second
 * end to the day after: "from 11 p.m. to 1 a.m. on Dec. 31" is read by chrono as Dec. 31, 23:00
 * to Jan. 1, 01:00, but the day is written with the second clock, so that clock is on Dec. 31 and
 * the first, as nightBefore reads it, on the night before, as a weekday's stretch is ("from 11
 * p.m. to 1 a.m. on Friday"). `undefined` when the words are not so.
 */
export function writtenDayOfSecondEnd(
  text: string,
  part: ChronoPart,
): chrono.ParsedComponents | undefined {
  const first = part.from;
  if (!first || !nightBefore(text, first)) return undefined;
  const c = first.components;
  if (!c.isCertain('day') || !c.isCertain('month') || c.isCertain('weekday')) return undefined;
  const moved = c.get('day') !== part.components.get('day');
  return moved ? c : undefined;
}

/**
 * Whether a stretch of hours' second clock is not later than its first, so is on the day after
 * it: "from 10 p.m. Friday until 6 a.m." (the night through to the morning).
 */
export function clockRangeIntoNextDay(part: ChronoPart): boolean {
  return clockRange(part) && minutesOf(part.components) <= minutesOf(part.from!.components);
}

// A range's first end that is only a clock time ("between 10 p.m.", "from 10:30 p.m."): chrono
// gives it the day of the second end.
const CLOCK_ONLY = new RegExp(`^(?:(?:from|between)\\s+)?${CLOCK_WORDS}$`, 'i');
