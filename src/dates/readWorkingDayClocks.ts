import type { Pass } from './Reading.ts';
import { clockOnLastDay } from './clockOnLastDay.ts';
import { MARKET_LEVEL_VERB } from './marketLevelVerb.ts';
import { pad } from './parseChrono.ts';
import { readNumber } from './readNumber.ts';
import { MINUTES_PAST_TEN_SOURCE } from './spokenClock.ts';
import { isWorkingDayAfternoon } from './isWorkingDayAfternoon.ts';

const SMALL_HOUR = 'one|two|three|four|five|six';
// "at about three thirty", "at around two forty-five", then the clause's end or the next phrase:
// an hour and its minutes in words, which no count of a price is after "at about" unless a
// market's level verb puts it there ("the yen traded at about one thirty": LEVEL_BEFORE).
const ABOUT_CLOCK = new RegExp(
  String.raw`\bat\s+(?:about|around)\s+(?<hour>${SMALL_HOUR})[- ](?<minutes>${MINUTES_PAST_TEN_SOURCE})` +
    String.raw`(?=\s*(?:[.,;:!?]|$)|\s+(?:and|as|after|when|for|with|before|but)\b)`,
  'gi',
);
const LEVEL_BEFORE = new RegExp(
  String.raw`\b(?:${MARKET_LEVEL_VERB}|priced|trading|worth|costs?)\s+$`,
  'i',
);

/**
 * A spoken hour of one to six and its minutes after "at about" or "at around", in a court's or a
 * market's working day (isWorkingDayAfternoon), is a clock of the afternoon: "The judge ruled at
 * around three thirty, and the jury was sent home", said on 24 March 1998, is 1998-03-24T15:30,
 * where nothing was read (an hour and its minutes in words alone are as often a count). Not in a
 * sentence naming a morning or a night ("The shooting happened at about three thirty in the
 * morning"), nor a price a market's level verb puts there ("The yen traded at about one thirty").
 */
export const readWorkingDayClocks: Pass = (text, { published }) =>
  [...text.matchAll(ABOUT_CLOCK)].flatMap((m) => {
    // Both are words readNumber knows, in any case (SMALL_HOUR, MINUTES_PAST_TEN_SOURCE).
    const hour = readNumber(m.groups!.hour!)!;
    const minutes = readNumber(m.groups!.minutes!)!;
    const start = m.index;
    const end = start + m[0].length;
    if (LEVEL_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return [];
    if (!isWorkingDayAfternoon(text, start, end, hour)) return [];
    return [clockOnLastDay(text, start, end, `T${pad(hour + 12)}:${pad(minutes)}`, published)];
  });
