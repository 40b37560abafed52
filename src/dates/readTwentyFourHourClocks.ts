import type { Pass } from './Reading.ts';
import { clockOnLastDay } from './clockOnLastDay.ts';
import { pad } from './parseChrono.ts';
import { MARKET_LEVEL_VERB } from './marketLevelVerb.ts';
import { readNumber } from './readNumber.ts';
import { MINUTE_WORD_SOURCE } from './spokenClock.ts';
import { WEEKDAY_PATTERN } from './weekdayNames.ts';

// The hours past noon of a clock of the 24 hours, in words: "thirteen" to "twenty-three".
const HOUR_PAST_NOON =
  '(?:twenty[- ](?:one|two|three)|twenty|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';
// "twenty ten", "nineteen thirty", "twenty-one oh five", "twenty-two hundred (hours)".
const MINUTES = `(?:${MINUTE_WORD_SOURCE}|hundred)`;
// "leaves at twenty ten tonight", "the curfew begins at twenty-two hundred hours", "passed at
// seventeen hundred hours, Belfast time", "rescheduled for nineteen thirty tonight": an hour past
// noon with its minutes (or "hundred") in words is a clock of the 24 hours, as a broadcast reads a
// timetable or an order, after a word that puts a time on it and before "hours" or the day it is
// on. Not a count ("for twenty-two hundred hours", "after twenty-two hundred hours of talks",
// "twenty-two hundred demonstrators"), a year ("in nineteen thirty", "until twenty ten, officials
// said"), nor words with no day or "hours" after them ("at nineteen thirty the film ends").
// "at twenty hundred, Nagano time", "faces off at sixteen hundred local time": a zone's time after
// the words (ZONE_TIME_AFTER) says they are a clock as "hours" does. "at oh nine hundred
// tomorrow", "the curfew is lifted at zero six hundred.", "at eleven hundred, Nagano time": an
// hour of the morning said with "oh" or "zero" before it and "hundred" after it is an order's
// clock (MORNING_HUNDRED), and so are "ten hundred" and "eleven hundred" with "hours", a day or a
// zone after them; "oh" or "zero" may end the clause too.
const MORNING_HUNDRED =
  '(?:(?:oh|zero)[- ](?:one|two|three|four|five|six|seven|eight|nine)|ten|eleven|twelve)';
const ZONE_TIME_AFTER = String.raw`,?\s+(?:local|[A-Z][a-z]+)\s+time\b`;
// "the vote was moved to ten hundred tomorrow", "moved the start to eleven hundred on Saturday",
// "the session was pushed back to fifteen hundred hours": a thing put off or brought forward goes
// "to" its new time, as it goes "for" it ("rescheduled for nineteen thirty tonight"), with at most
// three words of what was moved between. Not "rose to eleven hundred on Saturday" (a count, no verb
// of moving a time), nor "moved to eleven hundred" with no day, zone or "hours" after it.
const MOVED_TO = String.raw`(?:moved|moves|pushed\s+back|put\s+back|put\s+off|delayed|postponed|rescheduled|reset|shifted|switched|brought\s+forward)\s+(?:[\w'’-]+\s+){0,3}?to`;
// "moved its demand to fifteen hundred on Tuesday", "the estimate was moved up to twelve hundred on
// Tuesday": after a verb of moving, a bare "… hundred" before a weekday is as often a count, so it
// needs "hours", a zone or a day told from today ("tomorrow", "tonight"); "up" or "down" before
// "to" is a level's change.
const MOVED_TO_BEFORE = new RegExp(
  String.raw`\b${MOVED_TO}\s+(?:(?:about|around|approximately)\s+)?$`,
  'i',
);
const LEVEL_MOVED_BEFORE = /\b(?:up|down)\s+to\s+(?:(?:about|around|approximately)\s+)?$/i;
// A clock's words ending in "hundred" ("fifteen hundred"), which a weekday after may make a count.
const HUNDRED_END = /hundred$/i;
const WEEKDAY_AFTER = new RegExp(String.raw`^\s+(?:on\s+)?(?:${WEEKDAY_PATTERN})\b`, 'i');
const TWENTY_FOUR_HOUR_CLOCK = new RegExp(
  `(?<=\\b(?:at|by|until|till|after|before|since|from|for|${MOVED_TO})\\s+(?:(?:about|around|approximately)\\s+)?)` +
    `(?:(?<hour>${HOUR_PAST_NOON})[- ](?<minutes>${MINUTES})|(?<morning>${MORNING_HUNDRED})[- ]hundred)` +
    `(?:(?<hours>\\s+hours)\\b(?!\\s+of\\b)|(?=${ZONE_TIME_AFTER})|(?<=(?:oh|zero)[- ]\\w+[- ]hundred)(?=\\s*[.,;:!?]|$)|(?=\\s+(?:tonight|this\\s+(?:afternoon|evening)|today|tomorrow(?:\\s+(?:afternoon|evening|night))?|(?:on\\s+)?(?:${WEEKDAY_PATTERN})(?:\\s+(?:afternoon|evening|night))?)\\b(?!['’]s)))`,
  'gi',
);
// "for" leads a clock only with "hours" and a time after it ("rescheduled for nineteen thirty
// tonight"), not a length ("for twenty-two hundred hours").
const FOR_BEFORE = /\bfor\s+$/i;
// A market's level is no clock ("the Nasdaq closed at seventeen twenty-two today", "finished at
// seventeen forty-one on Tuesday"), unless "hours" says it is one.
const LEVEL_BEFORE = new RegExp(
  `\\b(?:${MARKET_LEVEL_VERB}|trading)\\s+at\\s+(?:(?:about|around|approximately)\\s+)?$`,
  'i',
);

/** Whether words are a clock of the 24 hours ("twenty ten", "twenty-two hundred hours", "oh nine hundred"). */
export const TWENTY_FOUR_HOUR_WORDS = new RegExp(
  `^(?:${HOUR_PAST_NOON}[- ]${MINUTES}|${MORNING_HUNDRED}[- ]hundred)(?:\\s+hours)?$`,
  'i',
);

/** Clocks of the 24 hours in words ("at twenty ten tonight", "at twenty-two hundred hours"). */
export const readTwentyFourHourClocks: Pass = (text, { published }) =>
  [...text.matchAll(TWENTY_FOUR_HOUR_CLOCK)].flatMap((m) => {
    const { hour: hourWords, minutes: minuteWords, morning, hours } = m.groups!;
    if (hours && FOR_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index))) return [];
    if (!hours && LEVEL_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) return [];
    const lead = text.slice(Math.max(0, m.index - 60), m.index);
    if (
      !hours &&
      MOVED_TO_BEFORE.test(lead) &&
      (LEVEL_MOVED_BEFORE.test(lead) ||
        (HUNDRED_END.test(m[0]) && WEEKDAY_AFTER.test(text.slice(m.index + m[0].length))))
    )
      return [];
    if (morning) {
      const hour = readNumber(morning.replace(/^(?:oh|zero)[- ]/i, ''));
      // With no "oh" or "zero" the hour is ten, eleven or twelve, so never one of the night.
      if (hour === undefined) return [];
      const end = m.index + m[0].length;
      const reading = clockOnLastDay(text, m.index, end, `T${pad(hour)}:00`, published);
      return [{ ...reading, priority: 3 }];
    }
    const hour = readNumber(hourWords!);
    const minute = /hundred/i.test(minuteWords!)
      ? 0
      : readNumber(minuteWords!.replace(/^oh[- ]/i, ''));
    if (hour === undefined || minute === undefined || hour < 13 || hour > 23 || minute > 59)
      return [];
    const end = m.index + m[0].length;
    const reading = clockOnLastDay(text, m.index, end, `T${pad(hour)}:${pad(minute)}`, published);
    // Above a year's reading of the same words ("nineteen thirty") and a length's ("… hours").
    return [{ ...reading, priority: 3 }];
  });
