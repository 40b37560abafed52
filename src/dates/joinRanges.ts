import { clockEndsSentenceBetween } from './clockEndsSentence.ts';
import { endOfDay } from './endOfDay.ts';
import { midnightEndsDay } from './midnightEndsDay.ts';
import type { Mention } from '../model/mention.ts';
import { toLocalDate } from './calendarDate.ts';
import { CLOCK_ZONE } from './clockZone.ts';
import { shiftTimex } from './shiftTimex.ts';
import { smallHourOfNight } from './smallHourOfNight.ts';
import {
  BARE_HOUR_CLOCK,
  SPOKEN_CLOCK,
  SPOKEN_HOUR_MINUTES,
  SPOKEN_HOUR_WITH_PART,
} from './spokenClock.ts';
import { timexRange } from './timexRange.ts';
import { twoMonthsNamed } from './twoMonthsNamed.ts';
import { toTimex } from './toTimex.ts';
import { WEEKDAY_PATTERN } from './weekdayNames.ts';
import { isDayValue } from './valueShape.ts';
import { joinHolidayToClock } from './joinHolidayToClock.ts';
import { PART_OF_DAY_BUT_NIGHT_SOURCE, TIMEX_PART_OF_DAY_SOURCE } from './partOfDay.ts';
import { TWENTY_FOUR_HOUR_WORDS } from './readTwentyFourHourClocks.ts';

// Words that join two ends of one stretch: "March 3-5", "Monday through Friday", "from May to
// August", "between 2019 and 2021".
const DASH = /^\s*[-–—]\s*$/;
const THROUGH = /^\s+(?:through|thru)\s+$/i;
/** "to", "until", "till" or "through" alone between the two ends of a stretch ("May to August"). */
export const STRETCH_TO = /^\s+(?:to|until|till|through|thru)\s+$/i;
const AND = /^\s+and\s+$/i;
// "The stores were closed Friday until Monday": "until" or "till" between two weekdays tells a
// stretch, as it joins no thing moved to a new day the way "to" may ("moved Monday to Friday").
const UNTIL = /^\s+(?:until|till)\s+$/i;
const FROM_BEFORE = /\bfrom\s+$/i;
const BETWEEN_BEFORE = /\bbetween\s+$/i;
// "postponed from Monday to Wednesday", "moved the vote from May to June", "adjourned on 3 May to
// 7 June 2011": two dates, one replacing the other, not one stretch of time. So are "put off the
// vote Friday until Monday" and a court's "continued the case Friday until Monday".
const MOVED =
  /\b(?:(?:postpon|delay|mov|push|chang|shift|reschedul|brought|bring|advanc|switch|adjourn|defer)\w*|put\s+(?:\w+\s+){0,2}?off|continu\w*\s+(?:the\s+)?(?:case|hearing|trial|matter))\b[^.;]*$/i;
// "compared January to March", "comparing": the first of two things set side by side.
const COMPARED_BEFORE = /\bcompar(?:e|es|ed|ing)\s+$/i;
const OVERNIGHT_BEFORE = /\bovernight\s+(?:from\s+)?$/i;
const INTO = /^\s+(?:into|to)\s+$/i;
// "the week of March 10", and as British copy writes it "w/c 10 March", "the week commencing
// (beginning, starting, ending) 10 March"; as weekly figures are dated, "the week ended April 12"
// (jobless claims), "the week that ended Friday", "the week to Jan. 24" (oil stocks): one week,
// as "the week ending April 12" was, not the day alone.
const WEEK_OF_BEFORE =
  /(?:\bthe\s+week\s+(?:of|commencing|beginning|starting|ending|(?:that\s+|which\s+)?ended|to)|\bweek\s+commencing|\bw\/c)\s+$/i;
const WEEKDAY = new RegExp(`\\b${WEEKDAY_PATTERN}\\b`, 'i');
// A zone or "local time" after a clock time belongs to it: "noon local time", "1400 GMT".
const ZONE_AFTER = new RegExp(`^\\.?\\s+${CLOCK_ZONE}\\b`);
// Between a clock time and its day: "noon local time on Monday", "0425 GMT Friday".
// "one a.m. on New Year's Day": a clock in words with its "a.m." or "p.m." is one too.
const CLOCK_WORDS = /\d|\b(?:noon|midnight|midday)\b|\b[ap]\.m\b/i;
// The full stop of "p.m." may be left out of the clock's words ("10 p.m. Thursday").
const TIME_TO_DAY = /^\.?(?:,?\s+on\s+|,?\s+)$/i;
// "six fifteen Eastern", "seven Eastern", "six thirty Eastern Time": a clock in words read with its
// zone, which the tests of its words leave out.
const ZONE_ENDING = new RegExp(`\\s+${CLOCK_ZONE}$`, 'i');
// "at about eleven Eastern", as the news reading's approximation takes the words before the clock.
const APPROXIMATE_START = /^(?:at\s+)?(?:about|around|approximately|roughly)\s+/i;

const CALENDAR = /^\d{4}(?:-(?:\d{2}(?:-\d{2})?|W\d{2}|Q[1-4]|SP|SU|FA|WI))?$/;

function isCalendar(m: Mention): boolean {
  return (
    m.type === 'DATE' && m.mod === undefined && m.offset === undefined && CALENDAR.test(m.value)
  );
}

// "between nineteen seventy five and nineteen seventy nine": a year spelt out names its year as
// figures do, and is not moved nearer the start as a date with no year is.
const SPELT_YEAR = /\b(?:eighteen|nineteen|two thousand|twenty)[- ]\w/i;

/**
 * The end of a stretch as the first such day, month or year not before its start: in "from
 * Thursday to Saturday" each weekday was read on its own, and the Saturday may have been the
 * one before, or a week too far. An end with its year written out stays as it is.
 */
function endNotBefore(start: Mention, end: Mention): string | undefined {
  const first = timexRange(start.value).start;
  const before = (value: string) => timexRange(value).end < first;
  const step =
    end.granularity === 'day' && WEEKDAY.test(end.text)
      ? 'week'
      : /\b\d{4}\b/.test(end.text) || (end.granularity === 'year' && SPELT_YEAR.test(end.text))
        ? undefined
        : 'year';
  let value = end.value;
  if (step) {
    for (let i = 0; i < 2 && before(value); i++)
      value = shiftTimex(value, { amount: 1, unit: step });
    for (let i = 0; i < 2; i++) {
      const back = shiftTimex(value, { amount: -1, unit: step });
      if (before(back)) break;
      value = back;
    }
  }
  return before(value) ? undefined : value;
}

function merged(
  text: string,
  from: number,
  last: Mention,
  base: Mention,
  value: string,
  granularity: Mention['granularity'],
): Mention {
  return {
    text: text.slice(from, last.end),
    start: from,
    end: last.end,
    type: base.type,
    value,
    granularity,
    anchor: base.anchor,
  };
}

/**
 * A stretch written as two ends ("March 3-5", "between 2019 and 2021") as one ISO 8601 interval;
 * "around March 3-5" is the stretch around those days, APPROX as its first day is.
 */
function joinStretch(text: string, a: Mention, b: Mention): Mention | undefined {
  if (a.mod === 'APPROX') {
    const stretch = joinStretch(text, { ...a, mod: undefined }, b);
    return stretch && { ...stretch, mod: 'APPROX' };
  }
  if (!isCalendar(a) || !isCalendar(b) || a.granularity !== b.granularity) return undefined;
  const between = text.slice(a.end, b.start);
  const before = text.slice(Math.max(0, a.start - 80), a.start);
  let from = a.start;
  if (AND.test(between)) {
    const lead = BETWEEN_BEFORE.exec(before);
    if (!lead) return undefined;
    from = a.start - lead[0].length;
  } else if (STRETCH_TO.test(between)) {
    const lead = FROM_BEFORE.exec(before) ?? (/^from\s/i.test(a.text) ? [''] : null);
    // "Sept. 8 to Dec. 12", "January to March": two dates with their months, or two months named
    // alone, need no "from", unless one replaces the other ("moved the vote March 3 to March 5");
    // weekdays do ("Monday to Friday" may be a move), but for "until" or "till" (UNTIL).
    // Two months compared ("He compared January to March") are no stretch.
    const dated =
      (!WEEKDAY.test(a.text) && !WEEKDAY.test(b.text) && /\d/.test(a.text + b.text)) ||
      (twoMonthsNamed(a, b) && !COMPARED_BEFORE.test(before));
    const weekdaysUntil = UNTIL.test(between) && WEEKDAY.test(a.text) && WEEKDAY.test(b.text);
    if (!lead && !THROUGH.test(between) && !dated && !weekdaysUntil) return undefined;
    const moved = MOVED.test(before.slice(0, before.length - (lead?.[0].length ?? 0)));
    if (moved && (lead || !THROUGH.test(between))) return undefined;
  } else if (!DASH.test(between)) {
    return undefined;
  }
  const end = endNotBefore(a, b);
  if (end === undefined || end === a.value) return undefined;
  return merged(text, from, b, a, `${a.value}/${end}`, 'span');
}

/** "overnight Monday into Tuesday": one night, dated by the day it ends on. */
function joinOvernight(text: string, a: Mention, b: Mention): Mention | undefined {
  if (!isCalendar(a) || !isDayValue(a.value) || !WEEKDAY.test(a.text) || !WEEKDAY.test(b.text)) {
    return undefined;
  }
  const lead = OVERNIGHT_BEFORE.exec(text.slice(Math.max(0, a.start - 20), a.start));
  if (!lead || !INTO.test(text.slice(a.end, b.start))) return undefined;
  const night = shiftTimex(a.value, { amount: 1, unit: 'day' });
  return merged(text, a.start - lead[0].length, b, a, night, 'day');
}

const DAY_PART = new RegExp(String.raw`^(\d{4}-\d{2}-\d{2})T(?:${TIMEX_PART_OF_DAY_SOURCE})$`);
// "yesterday", "tomorrow morning", "tonight", "last night": a day word, perhaps with its part of
// the day.
const DAY_WORD = new RegExp(
  String.raw`^(?:yesterday|today|tomorrow|tonight|last\s+night|this\s+(?:${PART_OF_DAY_BUT_NIGHT_SOURCE}))\b`,
  'i',
);

/**
 * The day of a weekday or a day word with its part ("Tuesday morning", "yesterday afternoon", a
 * TIME to TimeML), if `m` is one.
 */
function weekdayPartDay(m: Mention): string | undefined {
  if (m.type !== 'TIME' || m.mod !== undefined) return undefined;
  if (!WEEKDAY.test(m.text) && !DAY_WORD.test(m.text)) return undefined;
  return DAY_PART.exec(m.value)?.[1];
}

/**
 * The day a day word names ("yesterday", "tomorrow morning" to the news reading), if `m` is one.
 */
function dayWordDay(m: Mention): string | undefined {
  if (m.type !== 'DATE' || m.mod !== undefined || !DAY_WORD.test(m.text)) return undefined;
  return isDayValue(m.value) ? m.value : undefined;
}

// "the next day", "the following day", "that day": a day counted from the one the story is on.
const NEIGHBOUR_DAY =
  /^(?:the\s+(?:next|following|previous|prior|preceding|same)\s+day|that\s+(?:same\s+)?day|the\s+day\s+(?:before|after))$/i;

/** "noon local time on Monday", "0425 GMT Friday": a clock time given no day, and its day. */
// The midnight a clock's words end with ("midnight", "at midnight").
const MIDNIGHT_ENDING = /\bmidnight$/i;

function joinTimeAndDay(text: string, a: Mention, b: Mention, timeml = false): Mention | undefined {
  // A clock dated from the publication or from a day named before it ("He was arrested on March
  // 3. At 10 p.m. Thursday"): the weekday right after it is nearer and wins.
  const bare =
    a.anchor.kind === 'published' || (a.anchor.kind === 'mention' && a.anchor.start < a.start);
  if (a.type !== 'TIME' || !bare) return undefined;
  // "open Tuesday at 9 a.m. Wednesday it will stay closed": the weekday opens the next sentence.
  if (clockEndsSentenceBetween(text, a.start, b.start + 1)) return undefined;
  // "at ten o'clock on Tuesday morning": TimeML reads the weekday with its part as a TIME, whose
  // day is the clock's as the bare weekday's would be.
  // "at half past four yesterday afternoon": a day word is the clock's day as a weekday is.
  // "at 5 a.m. the next day": a day counted from the story's day (or from the clock's own day,
  // which is the story's) is the clock's day.
  // Not one that opens the next sentence ("at 11 p.m. The next day, he was charged").
  const neighbour = NEIGHBOUR_DAY.test(b.text) && /^[a-z]/.test(b.text) && isDayValue(b.value);
  const day =
    (isCalendar(b) || neighbour) && isDayValue(b.value)
      ? b.value
      : (weekdayPartDay(b) ?? dayWordDay(b));
  if (!day) return undefined;
  // "at 11 p.m. on Saturday. Hours later": a day read from the clock itself is not its day.
  if (!neighbour && b.anchor.kind === 'mention' && b.anchor.start === a.start) return undefined;
  // "at 11 p.m. Hours later", "at 2 a.m. Minutes later": a time counted on from another is no
  // day the clock is on, whatever it was read from.
  if (/\b(?:later|earlier|afterwards?)$/i.test(b.text)) return undefined;
  // A clock ("0425 GMT", "noon"), not a day with its part ("Sunday night Monday", as TimeML reads
  // it). "at 9 this morning": a bare hour is read as a clock only before its part of the day.
  const zoneless = a.text.replace(ZONE_ENDING, '');
  // "around ten last night": the approximation the news reading took in is no word of the clock's.
  const clockWords = zoneless.replace(APPROXIMATE_START, '');
  if (
    !CLOCK_WORDS.test(clockWords) &&
    !SPOKEN_CLOCK.test(clockWords) &&
    !BARE_HOUR_CLOCK.test(clockWords) &&
    !SPOKEN_HOUR_MINUTES.test(clockWords) &&
    !TWENTY_FOUR_HOUR_WORDS.test(clockWords) &&
    !SPOKEN_HOUR_WITH_PART.test(clockWords)
  )
    return undefined;
  const zone = ZONE_AFTER.exec(text.slice(a.end))?.[0] ?? '';
  if (
    a.end + zone.length > b.start ||
    !TIME_TO_DAY.test(text.slice(a.end + zone.length, b.start))
  ) {
    return undefined;
  }
  const clock = /T[\w:.]+$/.exec(a.value)?.[0];
  if (!clock) return undefined;
  // "at midnight on New Year's Eve", "just before midnight on Christmas Day": a midnight that ends
  // the day it is joined to (midnightEndsDay), not the one that opens it.
  const midnight = MIDNIGHT_ENDING.exec(a.text);
  const smallHour = smallHourOfNight(b.text, clock, clockWords);
  const value =
    midnight && clock === 'T00:00' && midnightEndsDay(text, a.start + midnight.index)
      ? endOfDay(day, { timeml })
      : smallHour
        ? `${shiftTimex(day, { amount: 1, unit: 'day' })}${smallHour}`
        : `${day}${clock}`;
  return { ...merged(text, a.start, b, b, value, 'day'), type: 'TIME' };
}

/** "the week of March 10", "w/c 10 March": the week that holds the day. */
function widenToWeek(text: string, m: Mention): Mention | undefined {
  if (!isCalendar(m) || !isDayValue(m.value)) return undefined;
  const lead = WEEK_OF_BEFORE.exec(text.slice(Math.max(0, m.start - 30), m.start));
  if (!lead) return undefined;
  const week = toTimex(toLocalDate(m.value), 'week');
  return merged(text, m.start - lead[0].length, m, m, week, 'week');
}

/** A clock time with the zone or "local time" after it: the zone belongs to its words. */
function withZone(text: string, m: Mention): Mention {
  if (m.type !== 'TIME') return m;
  const zone = ZONE_AFTER.exec(text.slice(m.end))?.[0];
  if (!zone) return m;
  return { ...m, text: text.slice(m.start, m.end + zone.length), end: m.end + zone.length };
}

/**
 * The news reading of mentions that only together say one thing: a stretch written as its two
 * ends ("March 3-5", "from Monday to Wednesday", "between 2019 and 2021") becomes one interval
 * (`2025-03-03/2025-03-05`, granularity span); "overnight Monday into Tuesday" the Tuesday; a
 * clock time and the day after it one TIME of that day; "the week of March 10" that week
 * (`2025-W11`). TimeML marks the ends separately, so its mode reads the mentions before this step.
 */
export function joinRanges(text: string, mentions: Mention[]): Mention[] {
  return joinPairs(
    text,
    mentions,
    (a, b) =>
      joinOvernight(text, a, b) ??
      joinTimeAndDay(text, a, b) ??
      joinHolidayToClock(text, a, b) ??
      joinStretch(text, a, b),
  );
}

/**
 * What both readings join: a clock time and the day after it as one TIME of that day ("0530 GMT
 * Thursday"), "the week of March 10" as that week, a clock time's zone in its words. TimeML mode
 * keeps a stretch's two ends apart, so it joins only these, and puts a clock before "the next
 * day" on that day without joining them.
 */
export function joinTimesToDays(text: string, mentions: Mention[]): Mention[] {
  // "5 a.m. the next day": TimeML tags the clock and the day apart, the clock on that day.
  const onNeighbourDay = mentions.map((a, i) => {
    const b = mentions[i + 1];
    const joined = b && NEIGHBOUR_DAY.test(b.text) ? joinTimeAndDay(text, a, b, true) : undefined;
    return joined ? { ...a, value: joined.value } : a;
  });
  return joinPairs(text, onNeighbourDay, (a, b) =>
    NEIGHBOUR_DAY.test(b.text)
      ? undefined
      : (joinTimeAndDay(text, a, b, true) ?? joinHolidayToClock(text, a, b)),
  );
}

/** Mentions with each one and the next replaced by what `join` makes of them, if anything. */
function joinPairs(
  text: string,
  mentions: Mention[],
  join: (a: Mention, b: Mention) => Mention | undefined,
): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1];
    const joined = b && join(a, b);
    if (joined) {
      out.push(joined);
      i++;
      continue;
    }
    out.push(widenToWeek(text, a) ?? withZone(text, a));
  }
  return out;
}
