import type { Pass } from './Reading.ts';
import { CHANGE_VERB } from './changeVerb.ts';
import { clockAfterLaterPart } from './clockAfterLaterPart.ts';
import { clockOnLastDay } from './clockOnLastDay.ts';
import { CLOCK_ZONE } from './clockZone.ts';
import { readNumber } from './readNumber.ts';
import { CLOCK_LEAD_WORDS, NOUN_AFTER_CLOCK_SOURCE, SPOKEN_CLOCK_SOURCE } from './spokenClock.ts';
import { WEEKDAY_PATTERN } from './weekdayNames.ts';
import { PART_OF_DAY_SOURCE } from './partOfDay.ts';
import { opensWithTwelveAtNight } from './twelveAtNight.ts';
import { pad } from './parseChrono.ts';
import { AFTERNOON_AFTER } from './afternoonAfter.ts';
import { PART_WORDS } from './partWords.ts';
import { isWorkingDayAfternoon } from './isWorkingDayAfternoon.ts';

const SPOKEN_CLOCK_WITH_PART = new RegExp(`\\b(?:${SPOKEN_CLOCK_SOURCE})(?:${PART_WORDS})?`, 'gi');
// "at 9 this morning", "at seven tonight", "at 5 tomorrow evening": a bare hour after "at" is a
// clock when a part of the day follows it, whose part (`bareThen`) says which of its hours. ("at 3
// on Sunday afternoon" is not one of them: chrono reads "at 3 on Sunday" first, as 03:00.) So is
// one after the other words that put a time on a count ("shortly after nine this morning", "just
// before 11 last night", "until seven tonight").
const BARE_HOUR = new RegExp(
  `(?<=\\b(?:${CLOCK_LEAD_WORDS})\\s+)(?<bare>\\d{1,2}|[a-z]+)(?=\\s+(?:(?:on\\s+)?(?:${WEEKDAY_PATTERN}|this|last|yesterday|tomorrow)\\s+(?<bareThen>${PART_OF_DAY_SOURCE})\\b|(?<tonight>tonight)\\b))`,
  'gi',
);
// The hours of the clock each part of the day holds: "at 3 last night" is no clock of the night.
const BARE_HOURS: Readonly<Record<string, readonly [number, number]>> = {
  morning: [1, 11],
  afternoon: [12, 6],
  evening: [5, 11],
  night: [6, 11],
  tonight: [6, 11],
};

// "Shares were at 9 this morning", "The index stood at 7 this morning": a level, no hour, after a
// verb of standing or after a market's or a measure's noun (or a number) and "was"/"were".
const LEVEL_BEFORE_AT =
  /(?:\b(?:stood|stands|remained|remains|hovered|traded)|(?:\b(?:shares|stocks|index|prices?|rates?|yields?|temperatures?|oil|gold|Dow|Nasdaq|FTSE|level|tally)|\d)\s+(?:was|were|is|are))\s+at\s+$/i;

// "Sales rose by 8 this morning", "shares fell about 5 this morning": after a verb of change
// and "by", "about" or "around" (a few words between) the figure is an amount changed, not an
// hour; "went off at 12 this afternoon" keeps its clock. So is a winning margin after "by" ("The
// Knicks lost by 11 tonight", "beat the Jazz by 8 tonight") and a count of people or things taken
// after "about" or "around" ("Police detained about 10 this morning"), not a passive's ("He was
// arrested about 10 this morning" is a clock).
const MARGIN_VERB = 'won|wins?|lost|loses?|beat|beats|beaten|trail(?:s|ed)?|led|leads?';
const COUNT_VERB = 'arrested|detained|killed|injured|wounded|rescued|evacuated';
const AMOUNT_BEFORE_LEAD = new RegExp(
  `\\b(?:(?:${CHANGE_VERB})\\s+(?:[a-z]+\\s+){0,2}(?:by|about|around)|(?:${MARGIN_VERB})\\s+(?:[a-z]+\\s+){0,2}by|(?<!\\b(?:was|were|been|being|is|are|be)\\s+)(?:${COUNT_VERB})\\s+(?:[a-z]+\\s+){0,2}(?:about|around))\\s+$`,
  'i',
);

/** Whether the part of the day after a bare hour holds it ("12 this afternoon", "7 tonight"). */
function partHoldsHour(part: string, hour: number): boolean {
  const [from, to] = BARE_HOURS[part.toLowerCase()]!;
  return from <= to ? hour >= from && hour <= to : hour >= from || hour <= to;
}
// A zone may stand between the clock and its part of the day: "eight o'clock Pacific in the
// evening" (the part is then its words too), "nine o'clock Eastern on Monday night". The zone is
// written with its capitals, so it is matched apart from the clock, which is not.
const ZONE_AFTER = new RegExp(`^\\s+${CLOCK_ZONE}(?![-\\w])`);
const PART_AFTER = new RegExp(`^${PART_WORDS}`, 'i');

// "at ten to eight", "by twenty past six": a count of minutes to or past an hour is a clock only
// after the word that puts a time on it, and not before a noun ("the vote was ten to eight",
// "at ten to eight per cent"). "half past" and "a quarter to" are clocks wherever they stand.
// Not "from" nor "to", which open a range of counts ("rose from five to ten").
const LEAD = new RegExp(`\\b(?:${CLOCK_LEAD_WORDS})\\s+$`, 'i');
// "the six o'clock news", "a two o'clock start", "the Nine O'Clock News": an hour before a noun
// or in a name is no time.
const OCLOCK_BEFORE_NOUN = /\b(?:the|a|an|his|her|their|its|our|my|your)\s+$/i;
const OCLOCK_IN_NAME = /O['’]Clock/;
// "point to 4 o'clock position", "the 7 o'clock train": an hour o'clock before such a noun.
const NOUN_AFTER = new RegExp(`^${NOUN_AFTER_CLOCK_SOURCE}`, 'i');
const FOLLOWS_CLOCK =
  /^(?:\s*(?:[.,;:)!?—–-]|$)|\s+(?:on|that|this|in|at|last|tonight|yesterday|today|tomorrow|and|or|when|as|local|[A-Z]))/;

// "12 o'clock tonight", "twelve o'clock tonight" (see readCompounds).
const TWELVE_TONIGHT = /^(?:12|twelve)\s+o['’]clock\s+tonight\b/i;
// "at nine o'clock tomorrow morning": a morning after the clock keeps its hour whatever came
// before.
const MORNING_AFTER = new RegExp(
  `^\\s+(?:on\\s+)?(?:(?:${WEEKDAY_PATTERN}|this|that|tomorrow|yesterday)\\s+morning\\b|in\\s+the\\s+morning\\b)`,
  'i',
);

// "at about five o'clock", "at around six o'clock": an approximate hour, whose part of the day
// the sentence's court or market may tell (isWorkingDayAfternoon).
const ABOUT_LEAD = /\bat\s+(?:about|around)\s+$/i;

const AT_NOON_OR_MIDNIGHT = /^\s+at\s+(?:noon|midnight|midday)\b/i;
// A day after a midnight or noon ("a quarter to midnight on Sunday", "twenty past midnight
// yesterday"): the midnight is read with its day, and the minutes joined to it after
// (joinMinutesToMidnight).
const DAY_AFTER = new RegExp(
  `^\\s+(?:on\\s+)?(?:${WEEKDAY_PATTERN}|yesterday|tomorrow|today)\\b`,
  'i',
);

/** The clock's hour and minute, the hour from 0 to 23, or undefined if the words name none. */
function hourAndMinute(groups: Record<string, string | undefined>): [number, number] | undefined {
  const hour = readNumber((groups.hour ?? groups.oclock ?? groups.bare ?? '').toLowerCase());
  if (hour === undefined || hour < 1 || hour > 12 || !Number.isInteger(hour)) return undefined;
  if (groups.oclock || groups.bare) return [hour, 0];
  if (groups.half) return [hour, 30];
  const way = groups.qway ?? groups.mway;
  const minutes = groups.quarter ? 15 : readNumber(groups.minutes!.replace(/[- ]/, ' '));
  if (minutes === undefined) return undefined;
  return way?.toLowerCase() === 'to' ? [hour - 1, 60 - minutes] : [hour, minutes];
}

type ClockGroups = Record<string, string | undefined>;

/**
 * A bare hour before a part of the day ("at 9 this morning", "until seven tonight") is a clock
 * when the part holds the hour and no level or amount stands before it ("rose to 9 this morning").
 */
function isBareHourOfPart(text: string, at: number, groups: ClockGroups): boolean {
  const hour = hourAndMinute(groups)?.[0];
  const part = groups.bareThen ?? groups.tonight!;
  if (hour === undefined || !partHoldsHour(part, hour)) return false;
  const before = text.slice(Math.max(0, at - 40), at);
  return !LEVEL_BEFORE_AT.test(before) && !AMOUNT_BEFORE_LEAD.test(before);
}

/**
 * Whether the clock `words` (at `start`, reaching to `end` with a part after a zone) are no clock
 * read here: minutes with no lead before or clock after, an o'clock of a noun or a name, or a
 * twelve read as the midnight or noon after.
 */
function isNoClockHere(
  text: string,
  words: string,
  start: number,
  end: number,
  groups: ClockGroups,
): boolean {
  if (
    groups.minutes &&
    (!LEAD.test(text.slice(Math.max(0, start - 8), start)) || !FOLLOWS_CLOCK.test(text.slice(end)))
  )
    return true;
  if (
    groups.oclock &&
    (OCLOCK_BEFORE_NOUN.test(text.slice(Math.max(0, start - 8), start)) ||
      OCLOCK_IN_NAME.test(words) ||
      NOUN_AFTER.test(text.slice(end)))
  )
    return true;
  // "twelve o'clock Saturday night", "12 o'clock tonight": the midnight ending the day, which
  // chrono reads once maskForChrono has written the twelve as "midnight" (twelveAtNight), and
  // readCompounds reads before "tonight".
  if (
    groups.oclock &&
    (opensWithTwelveAtNight(text.slice(start)) || TWELVE_TONIGHT.test(text.slice(start)))
  )
    return true;
  // "twelve o'clock at midnight": the clock is the midnight or noon read after it.
  return AT_NOON_OR_MIDNIGHT.test(text.slice(end));
}

/** The hour of the day the words name, past noon when they or the words after say so. */
function hourOfDay(
  text: string,
  { start, end, after }: { start: number; end: number; after: number },
  groups: ClockGroups,
  named: number,
): number {
  // "a quarter to one" is past noon, unless the morning or the night says it is past midnight;
  // "ten past twelve at night", "twelve o'clock at night" are past midnight.
  const small = groups.night !== undefined || /^morning$/i.test(groups.part ?? '');
  const hour = named === 0 && !small ? 12 : named === 12 && small ? 0 : named;
  const night = groups.night !== undefined && hour >= 6;
  const later =
    (groups.part !== undefined && !/^morning$/i.test(groups.part)) ||
    night ||
    (groups.part === undefined && AFTERNOON_AFTER.test(text.slice(after))) ||
    (groups.oclock !== undefined &&
      groups.part === undefined &&
      groups.night === undefined &&
      !MORNING_AFTER.test(text.slice(after)) &&
      clockAfterLaterPart(text, start, hour, after)) ||
    // "The jury returned its verdict at about five o'clock": a court's or a market's day.
    (groups.oclock !== undefined &&
      groups.part === undefined &&
      ABOUT_LEAD.test(text.slice(Math.max(0, start - 12), start)) &&
      isWorkingDayAfternoon(text, start, end, hour));
  return later && hour < 12 && hour > 0 ? hour + 12 : hour;
}

/**
 * Clock times in words ("at half past nine", "a quarter to eight", "nine o'clock"), read as the
 * clock in figures is: a time of the day the text ties it to, in the afternoon or evening when
 * its words or the part of the day after them say so ("half past nine that night" is 21:30).
 */
export const readSpokenClocks: Pass = (text, { published }) =>
  [...text.matchAll(SPOKEN_CLOCK_WITH_PART), ...text.matchAll(BARE_HOUR)].flatMap((m) => {
    let groups: ClockGroups = m.groups!;
    if (groups.bare !== undefined && !isBareHourOfPart(text, m.index, groups)) return [];
    const start = m.index;
    let end = start + m[0].length;
    const zone = ZONE_AFTER.exec(text.slice(end))?.[0] ?? '';
    const partAfterZone = zone ? PART_AFTER.exec(text.slice(end + zone.length)) : null;
    if (partAfterZone && groups.part === undefined && groups.night === undefined) {
      groups = { ...groups, ...partAfterZone.groups };
      end += zone.length + partAfterZone[0].length;
    }
    if (isNoClockHere(text, m[0], start, end, groups)) return [];
    // "a quarter to midnight", "ten past noon": minutes to or past the hour the word names, the
    // day's last or first minutes for midnight; no part of the day changes them.
    const noonOrMidnight = /^(?:noon|midday|midnight)$/i.exec(groups.hour ?? '')?.[0];
    if (noonOrMidnight) {
      if (DAY_AFTER.test(text.slice(end))) return [];
      const named = /^midnight$/i.test(noonOrMidnight) ? 24 : 12;
      const clock = hourAndMinute({ ...groups, hour: 'twelve' });
      if (!clock) return [];
      const hour = (clock[0] - 12 + named) % 24;
      return [clockOnLastDay(text, start, end, `T${pad(hour)}:${pad(clock[1])}`, published)];
    }
    const read = hourAndMinute(groups);
    if (!read) return [];
    const hour = hourOfDay(text, { start, end, after: end + zone.length }, groups, read[0]);
    return [clockOnLastDay(text, start, end, `T${pad(hour)}:${pad(read[1])}`, published)];
  });
