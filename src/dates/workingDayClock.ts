import type { Pass } from './Reading.ts';
import { clockOnLastDay } from './clockOnLastDay.ts';
import { MARKET_LEVEL_VERB } from './marketLevelVerb.ts';
import { pad } from './parseChrono.ts';
import { readNumber } from './readNumber.ts';
import { MINUTES_PAST_TEN_SOURCE } from './spokenClock.ts';
import { sentenceAround } from './tenseAround.ts';

// The words of a court's or a market's working day, which runs through the afternoon: an hour of
// one to six there is past noon ("The judge ruled at around three thirty"), where a night's or a
// morning's words would put it before dawn. Not a witness or testimony, which tell of any hour
// ("The witness said she left the bar at about two thirty").
const WORKING_DAY =
  /\b(?:judge|jury|jurors|court|courtroom|hearing|trial|verdict|deliberations|exchange|trading|market|stocks|Dow|Nasdaq)\b/i;
// A part of the day other than the afternoon anywhere in the sentence tells the hour itself.
const OTHER_PART = /\b(?:morning|night|overnight|dawn|daybreak|tonight|a\.\s?m\.)/i;
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
 * Whether an hour of one to six with no part of the day of its own, at `start` in `text`, is in
 * the afternoon because its sentence tells of a court's or a market's working day and names no
 * other part of the day: "The jury returned its verdict at about five o'clock", said on 10 March
 * 1998, is 17:00.
 */
export function isWorkingDayAfternoon(text: string, start: number, end: number, hour: number) {
  if (hour < 1 || hour > 6) return false;
  const { before, after } = sentenceAround(text, start, end);
  const sentence = `${before} ${after}`;
  return WORKING_DAY.test(sentence) && !OTHER_PART.test(sentence);
}

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
