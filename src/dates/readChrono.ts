import type * as chrono from 'chrono-node';
import type { Granularity, Locale } from '../model/temporal.ts';
import type { ChronoPart } from './ChronoPart.ts';
import type { ChronoDayBefore } from './ChronoDayBefore.ts';
import type { ChronoPartRead } from './ChronoPartRead.ts';
import { chronoClockAlone } from './chronoClockAlone.ts';
import { chronoDayMonth } from './chronoDayMonth.ts';
import { chronoMonth } from './chronoMonth.ts';
import { chronoPartSpan } from './chronoPartSpan.ts';
import { chronoPartTense } from './chronoPartTense.ts';
import { chronoWeekday } from './chronoWeekday.ts';
import { splitDayFromClockAfterComma } from './splitDayFromClockAfterComma.ts';
import { isChronoCountNoDate } from './isChronoCountNoDate.ts';
import { isChronoWordNoDate } from './isChronoWordNoDate.ts';
import { isWeekdayOf } from './isWeekdayOf.ts';
import { maskForChrono } from './maskForChrono.ts';
import { clockTime, parseChrono } from './parseChrono.ts';
import { PART_OF_DAY_SOURCE } from './partOfDay.ts';
import { nightBefore, rangeEnds } from './rangeEnds.ts';
import type { Pass, Reading } from './Reading.ts';
import { sentenceEnds } from './sentenceEnds.ts';
import { shiftTimex } from './shiftTimex.ts';

/**
 * "began on Oct. 23, 1998. At 10 p.m., the roof fell": chrono joins a date and the clock time
 * that opens the next sentence; each sentence's words are read on their own.
 */
function splitAtSentenceEnd(
  result: chrono.ParsedResult,
  options: { published: string; locale: Locale },
): chrono.ParsedResult[] {
  const ends = sentenceEnds(result.text, true);
  if (ends.length === 0) return [result];
  const cuts = [0, ...ends.map((e) => e + 1), result.text.length];
  return cuts
    .slice(1)
    .flatMap((cut, i) =>
      parseChrono(result.text.slice(cuts[i], cut), options).map((inner) =>
        Object.assign(inner, { index: result.index + cuts[i]! + inner.index }),
      ),
    );
}

/** "36 hours ago": hours or minutes counted, not four digits of a clock ("1400 hours"). */
const COUNTED_HOURS = /(?<!\b\d{4}\s*)\b(?:hours?|hrs?|minutes?|mins?)\b/i;
/** "two weeks before": a count that goes on to something named after it. */
const COUNT_BEFORE_AFTER = /\b(?:before|after)$/i;

const PART_OF_DAY_OF = new RegExp(String.raw`^(?:${PART_OF_DAY_SOURCE})\s+of\s+`, 'i');

/** "the night of Oct. 23": chrono reads the part of day and drops the date after it; read that. */
function dateAfterPartOfDay(
  result: chrono.ParsedResult,
  options: { published: string; locale: Locale },
): chrono.ParsedResult[] {
  const lead = PART_OF_DAY_OF.exec(result.text);
  if (!lead || result.start.isCertain('day')) return [result];
  const offset = result.index + lead[0].length;
  return parseChrono(result.text.slice(lead[0].length), options).map((inner) =>
    Object.assign(inner, { index: offset + inner.index }),
  );
}

/** What a reader of a day, weekday, month or clock time made of one part chrono read. */
interface ChronoValue {
  value: string;
  granularity: Granularity;
  priority: number;
  midnight?: string | undefined;
  apposed?: number | undefined;
  takesListYear?: boolean;
}

/**
 * What one part chrono read names, by the reader of what it certainly holds: a day and month, a
 * weekday, a month, a year, or a clock time alone; a clock time on the day last mentioned is a
 * whole reading already, and undefined is no date.
 */
function chronoValue(
  read: ChronoPartRead,
  listed: ChronoDayBefore | undefined,
  dayGoneBy: ChronoDayBefore | undefined,
): ChronoValue | { reading: Reading } | undefined {
  const { has } = read;
  if (has('day') && has('month'))
    return { ...chronoDayMonth(read, listed), granularity: 'day', priority: 1 };
  if (has('weekday')) return { ...chronoWeekday(read, dayGoneBy), granularity: 'day' };
  if (has('month')) {
    const month = chronoMonth(read, listed);
    return month && { ...month, granularity: 'month', priority: 1 };
  }
  if (has('year'))
    return { value: String(read.part.components.get('year')), granularity: 'year', priority: 1 };
  const clock = chronoClockAlone(read);
  return clock && ('reading' in clock ? clock : { ...clock, granularity: 'day', priority: 1 });
}

/**
 * chrono-node's reading of explicit dates, weekdays, month names and numerals (day-first under
 * en-GB), kept at the granularity its certain components give. chrono picks the nearest weekday
 * and the nearest year; news rules replace that by the sentence's tense.
 */
export const readChrono: Pass = (text, { published, locale, timeml }) => {
  const readings: Reading[] = [];
  // The day each range's first end was read as, for the second to go on from: a date, or a
  // weekday with its clock time.
  const dayOf = new Map<ChronoPart, string>();
  // The last day or month read with a year, written or taken from a day listed before it, and
  // where its words end: "on Dec. 30, 2023 and Jan. 2" lists a second day that takes its year.
  let listed: ChronoDayBefore | undefined;
  // The last day gone by read before, and where its words end: a plan told in the past after it
  // is placed in the story's week (nearestWeekday).
  let dayGoneBy: ChronoDayBefore | undefined;
  const masked = maskForChrono(text);
  for (const part of chronoParts(text, masked, { published, locale })) {
    const found = partRead(text, masked, part, { published, timeml, dayOf });
    if (!found) continue;
    const { read, clockless } = found;
    const named = chronoValue(read, listed, dayGoneBy);
    if (!named) continue;
    if ('reading' in named) {
      readings.push(named.reading);
      continue;
    }
    const { value, time } = clockedValue(text, part, named, clockless);
    const { granularity } = named;
    if (
      (granularity === 'day' || granularity === 'month') &&
      (read.has('year') || named.takesListYear)
    )
      listed = { end: read.span.end, value };
    // A day gone by the story is told up to; not a count "before" or "after" something named later
    // ("two weeks before another state election in Hesse on Oct. 28"), which chrono counts from
    // publication.
    if (
      granularity === 'day' &&
      value.slice(0, 10) < published.slice(0, 10) &&
      !COUNT_BEFORE_AFTER.test(part.text)
    )
      dayGoneBy = { end: read.span.end, value: value.slice(0, 10) };
    readings.push(chronoReading(read.span, { ...named, value }, time, published));
  }
  return readings;
};

/**
 * The parts chrono reads in the masked text, each sentence on its own, a date after a part of day
 * and a day apart from a clock after a comma, and each range's two ends.
 */
function chronoParts(
  text: string,
  masked: string,
  options: { published: string; locale: Locale },
): ChronoPart[] {
  const results = parseChrono(masked, options)
    .flatMap((r) => splitAtSentenceEnd(r, options))
    .flatMap((r) => dateAfterPartOfDay(r, options))
    .flatMap((r) => splitDayFromClockAfterComma(r, masked, options));
  return rangeEnds(text, masked, results, options);
}

/**
 * What the readers of one part are given, and whether its words hold no clock; undefined where
 * its words are not found or are no date ("may", a count).
 */
function partRead(
  text: string,
  masked: string,
  part: ChronoPart,
  options: Pick<ChronoPartRead, 'published' | 'timeml' | 'dayOf'>,
): { read: ChronoPartRead; clockless: boolean } | undefined {
  const found = chronoPartSpan(text, masked, part);
  if (!found) return undefined;
  const { start, end, clockless } = found;
  if (isChronoWordNoDate(text, part, start, end)) return undefined;
  if (isChronoCountNoDate(text, part.text.trim(), start)) return undefined;
  const { published } = options;
  const c = part.components;
  const read: ChronoPartRead = {
    text,
    masked,
    part,
    ...options,
    span: { start, end },
    has: (k) => c.isCertain(k),
    tense: () => chronoPartTense(text, part, start, end, published),
  };
  return { read, clockless };
}

/**
 * A day's value and the clock time its words give; a clock told of the night before moves the
 * day back one.
 */
function clockedValue(
  text: string,
  part: ChronoPart,
  { value, granularity, midnight }: ChronoValue,
  clockless: boolean,
): { value: string; time: string } {
  // "36 hours ago": chrono counts the hours back from its noon reference and calls the hour
  // certain, but the words state no clock.
  const counted = COUNTED_HOURS.test(part.text);
  const time =
    granularity === 'day' && !clockless && !counted
      ? (midnight?.slice(10) ?? clockTime(part.components))
      : '';
  if (time && nightBefore(text, part))
    return { value: shiftTimex(value, { amount: -1, unit: 'day' }), time };
  return { value, time };
}

/**
 * The reading of a date at `span`: `value` and its clock `time` from publication, or, for a
 * weekday set beside a date (`apposed`), the date it is set beside where that falls on the weekday.
 */
function chronoReading(
  span: { start: number; end: number },
  { value, granularity, priority, apposed: weekday }: ChronoValue,
  time: string,
  published: string,
): Reading {
  return {
    ...span,
    priority,
    anaphoric: weekday !== undefined,
    resolve: ({ anaphoric }) => {
      const same = weekday !== undefined && isWeekdayOf(anaphoric.value, weekday);
      return {
        type: time ? 'TIME' : 'DATE',
        value: (same ? anaphoric.value.slice(0, 10) : value) + time,
        granularity,
        anchor: same ? anaphoric.source : { kind: 'published', date: published },
      };
    },
  };
}
