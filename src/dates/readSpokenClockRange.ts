import type { MentionAnchor } from '../model/mention.ts';
import type { Pass, Reading } from './Reading.ts';
import { MARKET_LEVEL_VERB } from './marketLevelVerb.ts';
import { MARKET_WORD } from './marketWord.ts';
import { PRICED_SUBJECT } from './pricedSubject.ts';
import { countToldAfterRange } from './countToldAfterRange.ts';
import { readNumber } from './readNumber.ts';
import { shiftTimex } from './shiftTimex.ts';
import { isSmallHour } from './isSmallHour.ts';
import { pad } from './parseChrono.ts';
import { publishedDaySpan } from './publishedDayReading.ts';
import { tenseAround } from './tenseAround.ts';
import { weekdayByTense } from './weekdayByTense.ts';
import { WEEKDAY_PATTERN, weekdayNumber } from './weekdayNames.ts';
import {
  HOUR_WORD_SOURCE as HOUR_WORD,
  MINUTES_PAST_TEN_SOURCE as MINUTES_PAST_TEN,
} from './spokenClock.ts';

const APPROXIMATE = String.raw`(?:(?:about|around|approximately|roughly)\s+)?`;
// Not a figure that moved from one count to another or between two levels ("prices went from ten
// to eleven this morning", "the index swung between about eleven twenty and eleven forty
// yesterday").
// "opened" and "closed" are asked apart (OPENED_OR_CLOSED): a place's hours as well as a price's.
const LEVEL_VERB = MARKET_LEVEL_VERB.split('|')
  .filter((verb) => verb !== 'opened' && verb !== 'closed')
  .join('|');
const COUNT_LEAD = String.raw`(?<!\b(?:rose|risen|fell|fallen|climbed|jumped|dropped|grew|increased|went|moved|cut|reduced|raised|swung|swinging|ranged|ranging|fluctuated|hovered|${LEVEL_VERB}|trading)\s+)`;
// "the polls opened from six to eight this morning", "Highway 1 was closed from ten to two last
// night": the hours a place was open or shut; a market's or a price's open or close ("the dollar
// opened from one twenty to one twenty-five this morning") is a level (MARKET_WORD, PRICED_SUBJECT
// in its sentence).
const OPENED_OR_CLOSED = /\b(?:opened|closed)\s+$/i;
// "from about ten thirty to eleven fifteen this morning", "between two and three this morning",
// "from about eleven forty-five until four fifteen yesterday afternoon": two hours in words (with
// their minutes or not) after "from … to" or "between … and", the second with the day it is on.
const SPOKEN_CLOCK_RANGE = new RegExp(
  String.raw`\b(?:${COUNT_LEAD}from\s+${APPROXIMATE}(?<first>(?<h1>${HOUR_WORD})(?:[- ](?<m1>${MINUTES_PAST_TEN}))?)\s+(?:to|until|till)|${COUNT_LEAD}between\s+${APPROXIMATE}(?<firstB>(?<h1b>${HOUR_WORD})(?:[- ](?<m1b>${MINUTES_PAST_TEN}))?)\s+and)\s+${APPROXIMATE}` +
    String.raw`(?<second>(?<h2>${HOUR_WORD})(?:[- ](?<m2>${MINUTES_PAST_TEN}))?\s+(?<day>this\s+(?:morning|afternoon|evening)|last\s+night|tonight|(?:yesterday|tomorrow)(?:\s+(?:morning|afternoon|evening))?))\b(?!['’]s)`,
  'gi',
);

// "The rink will be open from ten thirty to midnight tonight", "Crews worked from nine to midnight
// last night": a stretch in words that ends at the night's midnight, which is read on its own
// (midnight tonight); the first end is the night's evening hour.
const TO_MIDNIGHT_RANGE = new RegExp(
  String.raw`\b${COUNT_LEAD}from\s+${APPROXIMATE}(?<first>(?<h1>${HOUR_WORD})(?:[- ](?<m1>${MINUTES_PAST_TEN}))?)\s+(?:to|until|till)\s+midnight\s+(?<day>tonight|last\s+night)\b`,
  'dgi',
);

// … nor a count told just before "from" or "between", in its own clause: "raising the death toll
// from nine to eleven this morning", "overnight lows will range from five to ten tonight", "the
// list of finalists from twelve to three", "the jurors were divided between eight and four".
const COUNT_BEFORE =
  /\b(?:tolls?|lows|highs|temperatures?|readings|degrees|list|finalists|candidates|number|count|total|tally|field|votes|seats|score|margin|odds|range|divided|split|narrowed|narrowing|raising|lowering|cutting|bringing|pushing|boosting|increasing|reducing)\b[^.;:!?,]*$/i;

// "The mountain road closed from noon to three yesterday", "Red Cross shelters opened from nine to
// five on Saturday", "will be closed from noon to six tomorrow": a place's hours with no part of
// the day, only its day (today, yesterday, tomorrow, a weekday), and noon an hour of them. Only
// after a verb of a place open or shut (PLACE_VERB): "rose from nine to five on Saturday" is a
// count.
const PLACE_VERB = '(?:opened|closed|open|shut|reopened)';
// "open as a warming center from ten to four", "open to the public from ten to five", "open for
// absentee voting from nine to five": what the place is open as, to or for, a few words, may stand
// between the verb and "from".
const OPEN_AS = String.raw`(?:\s+(?:as|to|for)(?:\s+[\w'’-]+){1,3}?)?`;
// "Voting in the runoff runs from seven to seven today", "Voters had from seven to eight on
// Tuesday": the stretch of a day's voting, whose verb tells no place (read only with
// VOTING_BEFORE).
const VOTING_VERB = '(?:runs|ran|run|lasts|lasted|have|has|had)';
const PLACE_HOURS_RANGE = new RegExp(
  String.raw`\b(?:${PLACE_VERB}${OPEN_AS}|(?<votingVerb>${VOTING_VERB}))\s+from\s+(?<first>(?<h1>${HOUR_WORD}|noon)(?:[- ](?<m1>${MINUTES_PAST_TEN}))?)\s+(?:to|until|till)\s+(?<second>(?<h2>${HOUR_WORD}|noon)(?:[- ](?<m2>${MINUTES_PAST_TEN}))?)\s+(?<day>today|yesterday|tomorrow|(?:on\s+)?${WEEKDAY_PATTERN})\b(?!['’]s)`,
  'dgi',
);
// The verb of a place open or shut right before a stretch's "from": readPlaceHours reads it.
const PLACE_VERB_BEFORE = new RegExp(String.raw`\b${PLACE_VERB}\s+$`, 'i');
// A score's or a race's standing as the subject of the verb ("Georgetown's lead closed from nine to
// five on Saturday", "The Republican deficit in the poll closed from eight to three yesterday"),
// and ages in the sentence ("The youngest division opened from six to nine on Saturday, taking
// children of those ages"): the two are counts, not a place's hours.
const LEVEL_SUBJECT =
  /\b(?:lead|leads|gap|deficit|deficits|advantage|edge|spread|cushion|deficiency|shortfall)\b[^.;:!?]*$/i;
const AGES = /\b(?:ages?|aged|year-olds?|years\s+old|years\s+of\s+age)\b/i;
// "Polling places were open from seven to eight yesterday", "The precincts stay open from six to
// seven today": the polls' or the voting's hours, a whole day's, so that the second is no morning
// hour an hour or two after the first, as a working day's would be, but the evening's.
// "Precincts" in the plural only, and not police ones: "The Ninth Precinct station house" and
// "The city's police precincts" are police stations.
const VOTING_BEFORE =
  /\b(?:polls|voters|polling\s+(?:places?|stations?|booths?)|(?<!\bpolice\s+)precincts|voting|balloting)\b[^.;:!?]*$/i;
// "A polling station in Derry was closed from ten to eleven yesterday after a bomb scare": a
// stretch the polls are shut is no day's voting, but an hour or two of a working day's.
const SHUT_VERB = /^(?:closed|shut)\b/i;
// The fewest hours a day's voting lasts: a second hour that would end it sooner is the evening's.
const VOTING_HOURS_AT_LEAST = 6;
// The morning hours a day's voting opens at ("from six to seven": 06:00, where a working day's
// six would be the afternoon's).
const VOTING_OPENS_FROM = 5;
const VOTING_OPENS_TO = 11;
// A working day's hours: seven to eleven the morning's, one to six the afternoon's, twelve noon.
const AFTERNOON_FROM = 1;
const AFTERNOON_TO = 6;

// "The polling stations stay open from seven to nine on Tuesday", "The library will be open … from
// ten to four on Tuesday", "Voters have from seven to seven on Tuesday": hours told in the present
// or with "will" are a schedule, their weekday the coming one, whatever the verbs further off say.
const SCHEDULE_BEFORE =
  /\b(?:stays?|remains?|is|are|will\s+(?:be|stay|remain)|(?:'|’)ll\s+be|have|has)\s+(?:(?:open|closed|shut)\b[^.;:!?]*)?$/i;

const NOON = /^noon$/i;
const FROM_WORD = /\bfrom\s/i;
const CLAUSE_STOP = /[.;!?]/;
const ON_BEFORE_DAY = /^on\s+/i;
const YESTERDAY = /^yesterday$/i;
const TOMORROW = /^tomorrow$/i;

/** The hour of a place's hour in words, 1 to 12 as told ("nine" 9, "two" 2, "noon" 12). */
function toldHour(words: string): number {
  return NOON.test(words) ? 12 : readNumber(words)!;
}

/** The hour from 0 to 23 of a place's first hour in words ("nine" 9, "two" 14, "noon" 12). */
function workingHour(words: string): number {
  const hour = toldHour(words);
  return hour >= AFTERNOON_FROM && hour <= AFTERNOON_TO ? hour + 12 : hour;
}

/**
 * A working day's stretch told in words with no part of the day ("from nine thirty to four":
 * 09:30 to 16:00, "from eleven twenty to eleven forty": 11:20 to 11:40): the first a working
 * day's hour, the second the first hour after it that the words can tell, before midnight. Each
 * end as [hour, minute]; none where the second would pass midnight.
 */
function dayHours(
  firstHour: string,
  firstMinutes: string | undefined,
  secondHour: string,
  secondMinutes: string | undefined,
): [HourMinute, HourMinute] | undefined {
  const first = [workingHour(firstHour), firstMinutes ? readNumber(firstMinutes)! : 0] as const;
  const told = toldHour(secondHour);
  const minute = secondMinutes ? readNumber(secondMinutes)! : 0;
  const hour = told * 60 + minute > first[0] * 60 + first[1] ? told : told + 12;
  if (hour > 23 || hour * 60 + minute <= first[0] * 60 + first[1]) return undefined;
  return [first, [hour, minute]];
}

/**
 * A day's voting told in words with no part of the day ("open from seven to eight": 07:00 to
 * 20:00, "from six to seven": 06:00 to 19:00): the first a morning's hour where it can be, the
 * second the first hour after it that leaves the polls open a whole day (VOTING_HOURS_AT_LEAST),
 * noon as told. None where the second would pass midnight.
 */
function votingHours(
  firstHour: string,
  firstMinutes: string | undefined,
  secondHour: string,
  secondMinutes: string | undefined,
): [HourMinute, HourMinute] | undefined {
  if (NOON.test(secondHour)) return dayHours(firstHour, firstMinutes, secondHour, secondMinutes);
  const told = toldHour(firstHour);
  const opens =
    told >= VOTING_OPENS_FROM && told <= VOTING_OPENS_TO ? told : workingHour(firstHour);
  const first = [opens, firstMinutes ? readNumber(firstMinutes)! : 0] as const;
  const minute = secondMinutes ? readNumber(secondMinutes)! : 0;
  const morning = toldHour(secondHour) % 12;
  const soonest = (first[0] + VOTING_HOURS_AT_LEAST) * 60 + first[1];
  const hour = morning * 60 + minute >= soonest ? morning : morning + 12;
  if (hour > 23) return undefined;
  return [first, [hour, minute]];
}

/** An hour of the day and its minutes. */
type HourMinute = readonly [number, number];

/** The clock `hour`:`minute` on `day`, as a TIMEX value ("1998-02-09T09:30"). */
function clockOn(day: string, [hour, minute]: HourMinute): string {
  return `${day}T${pad(hour)}:${pad(minute)}`;
}

// "…, the count of the flooded districts said", "…, a tally of the county's agencies showed": a
// count that tells the stretch, right after it in its sentence, whose numbers the two were; not
// "…, the count begins at nine".
const COUNT_AFTER =
  /^[^.;:!?]*?,\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:count|tally|total|number|list)\b[^.;:!?]*?\b(?:said|says|showed|shows|found|finds)\b/i;

/**
 * The hour from 0 to 23 of a clock of 1 to 12 told with a night ("last night", "tonight"), and the
 * days from publication of the day it is on: from five to eleven the night's evening, twelve to
 * four its small hours (isSmallHour), past its midnight ("between eleven and one last night":
 * 23:00 the day before, then 01:00 the day it is told).
 */
function onNight(hour: number, day: string): [number, number] {
  const small = isSmallHour(hour % 12);
  const night = /^last/i.test(day) ? -1 : 0;
  return small ? [hour % 12, night + 1] : [hour + 12, night];
}

/**
 * The first end of a stretch told with a night, before its second: in the night's hours where
 * they come first, else the afternoon's hours on the second's day ("open from four to seven
 * tonight": 16:00, where the night would have put four at 04:00 the next day, after seven).
 */
function onNightBefore(
  hour: number,
  minute: number,
  day: string,
  second: number,
  secondShift: number,
): [number, number] {
  const [h, shift] = onNight(hour, day);
  if (shift * 1440 + h * 60 + minute < secondShift * 1440 + second) return [h, shift];
  return [(hour % 12) + 12, secondShift];
}

/** The hour from 0 to 23 of a clock of 1 to 12 told with a part of the day, and its day's shift. */
function onDay(hour: number, day: string): [number, number] {
  const shift = /^yesterday/i.test(day) ? -1 : /^tomorrow/i.test(day) ? 1 : 0;
  return [(hour % 12) + (/afternoon|evening/i.test(day) ? 12 : 0), shift];
}

function fixed(
  start: number,
  end: number,
  value: string,
  published: string,
  anchor: MentionAnchor = { kind: 'published', date: published },
): Reading {
  return {
    start,
    end,
    priority: 3,
    clock: true,
    resolve: () => ({ type: 'TIME', value, granularity: 'day', anchor }),
  };
}

/**
 * A stretch of hours told in words, as broadcast speech gives it ("from about ten thirty to eleven
 * fifteen this morning", "between two and three this morning", "from about five thirty to eight
 * last night"): TimeML marks each end, and the first, with no day of its own, is on the second's
 * day and in its half of the day, or the half before where that would put it after the second
 * ("from eleven forty-five until four fifteen yesterday afternoon": 11:45).
 */
export const readSpokenClockRange: Pass = (text, options) => [
  ...readPartOfDayRanges(text, options),
  ...readPlaceHours(text, options),
  ...readToMidnight(text, options),
];

/**
 * The first end of a stretch told in words up to the night's midnight ("from ten thirty to
 * midnight tonight", said on 10 February 1998: 1998-02-10T22:30): an evening hour of that night;
 * none for a small hour, which would come after the midnight. The midnight is read on its own.
 */
const readToMidnight: Pass = (text, { published }) =>
  [...text.matchAll(TO_MIDNIGHT_RANGE)].flatMap((m) => {
    const g = m.groups!;
    if (countOrLevel(text, m.index, m.index + m[0].length, [g.h1!, 'midnight'])) return [];
    const h1 = readNumber(g.h1!)!;
    if (isSmallHour(h1 % 12)) return [];
    const [hour, shift] = onNight(h1, g.day!);
    const minute = g.m1 ? readNumber(g.m1)! : 0;
    const day = shiftTimex(published, { amount: shift, unit: 'day' });
    const [start, end] = m.indices!.groups!.first!;
    return [fixed(start, end, clockOn(day, [hour, minute]), published)];
  });

/**
 * Whether the words before a stretch at `at` and after it at `end` tell a count or a level;
 * `ends` are its two numbers as told.
 */
function countOrLevel(text: string, at: number, end: number, ends: readonly string[]): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  const after = text.slice(end, end + 80);
  if (COUNT_BEFORE.test(before) || COUNT_AFTER.test(after)) return true;
  const sentenceBefore = text.slice(text.lastIndexOf('.', at) + 1, at);
  if (countToldAfterRange(after, ends, sentenceBefore)) return true;
  return (
    OPENED_OR_CLOSED.test(before) &&
    (MARKET_WORD.test(sentenceBefore) || PRICED_SUBJECT.test(sentenceBefore))
  );
}

/**
 * The tense of a place's hours, `from` where their "from" stands: a schedule's is the future
 * (SCHEDULE_BEFORE), else the sentence's.
 */
function hoursTense(text: string, at: number, from: number, end: number) {
  return SCHEDULE_BEFORE.test(text.slice(Math.max(0, at - 30), from))
    ? 'future'
    : tenseAround(text, at, end);
}

/**
 * A place's hours with only their day ("closed from noon to three yesterday", "opened from nine to
 * five on Saturday"): each end a working day's hour, the second after the first, on the day told,
 * a weekday by the sentence's tense. The day is read on its own.
 */
const readPlaceHours: Pass = (text, { published }) =>
  [...text.matchAll(PLACE_HOURS_RANGE)].flatMap((m) => {
    const end = m.index + m[0].length;
    // Asked from "from", as for a stretch with a part of the day, the verb before it.
    const from = m.index + m[0].search(FROM_WORD);
    const g = m.groups!;
    if (countOrLevel(text, from, end, [g.first!, g.second!])) return [];
    const sentenceStart = text.lastIndexOf('.', m.index) + 1;
    const sentenceEnd = text.slice(end).search(CLAUSE_STOP);
    const sentence = text.slice(sentenceStart, sentenceEnd < 0 ? undefined : end + sentenceEnd);
    if (LEVEL_SUBJECT.test(text.slice(sentenceStart, m.index)) || AGES.test(sentence)) return [];
    const voting = !SHUT_VERB.test(m[0]) && VOTING_BEFORE.test(text.slice(sentenceStart, m.index));
    if (g.votingVerb && !voting) return [];
    const spans = m.indices!.groups!;
    const hours = (voting ? votingHours : dayHours)(g.h1!, g.m1, g.h2!, g.m2);
    if (!hours) return [];
    const dayWord = g.day!.replace(ON_BEFORE_DAY, '');
    const weekday = weekdayNumber(dayWord);
    const day =
      weekday >= 0
        ? weekdayByTense(weekday, published, hoursTense(text, m.index, from, end))
        : shiftTimex(published, {
            amount: YESTERDAY.test(dayWord) ? -1 : TOMORROW.test(dayWord) ? 1 : 0,
            unit: 'day',
          });
    // Both ends are dated by the day told after them, which is read on its own: anchored there,
    // the second end is not joined to it as a clock with no day would be.
    const dayStart = end - dayWord.length;
    const anchor: MentionAnchor = { kind: 'mention', text: dayWord, start: dayStart, value: day };
    return [
      fixed(spans.first![0], spans.first![1], clockOn(day, hours[0]), published, anchor),
      fixed(spans.second![0], spans.second![1], clockOn(day, hours[1]), published, anchor),
      // The day itself, which a reading of "noon Tuesday" as one time would otherwise take away.
      publishedDaySpan(dayStart, end, day, published),
    ];
  });

const BARE_DAY = /^(?:yesterday|tomorrow)$/i;

/**
 * A stretch with minutes and only "yesterday" or "tomorrow" after it ("from nine thirty to four
 * yesterday"): a working day's hours (dayHours), as a place's are, where the morning's would put
 * the first on the evening before. After a place's verb ("open from …") readPlaceHours reads it.
 */
function bareDayStretch(text: string, m: RegExpExecArray, published: string): Reading[] {
  if (PLACE_VERB_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) return [];
  const g = m.groups!;
  const hours = dayHours((g.h1 ?? g.h1b)!, g.m1 ?? g.m1b, g.h2!, g.m2);
  if (!hours) return [];
  const day = shiftTimex(published, { amount: YESTERDAY.test(g.day!) ? -1 : 1, unit: 'day' });
  const firstWords = (g.first ?? g.firstB)!;
  const firstStart = m.index + m[0].indexOf(firstWords);
  const secondStart = m.index + m[0].length - g.second!.length;
  return [
    fixed(firstStart, firstStart + firstWords.length, clockOn(day, hours[0]), published),
    fixed(secondStart, m.index + m[0].length, clockOn(day, hours[1]), published),
  ];
}

const readPartOfDayRanges: Pass = (text, { published }) =>
  [...text.matchAll(SPOKEN_CLOCK_RANGE)].flatMap((m) => {
    const g = m.groups!;
    const ends = [(g.h1 ?? g.h1b)!, g.h2!];
    if (countOrLevel(text, m.index, m.index + m[0].length, ends)) return [];
    const firstWords = g.first ?? g.firstB!;
    // Every word the pattern takes is a number readNumber knows: hours one to twelve, minutes
    // ten to fifty-nine, hyphened or not.
    const h1 = readNumber((g.h1 ?? g.h1b)!)!;
    const m1Words = g.m1 ?? g.m1b;
    const m1 = m1Words ? readNumber(m1Words)! : 0;
    const h2 = readNumber(g.h2!)!;
    const m2 = g.m2 ? readNumber(g.m2)! : 0;
    // A bare first hour with a bare second one is as much a count ("from two to three this
    // morning" is a clock, "rose from two to three yesterday" a figure): only with a part of the
    // day, or minutes on either.
    const day = g.day!;
    if (BARE_DAY.test(day)) {
      if (!m1Words && !g.m2) return [];
      return bareDayStretch(text, m, published);
    }
    const night = /night/i.test(day);
    const [read2, secondShift] = night ? onNight(h2, day) : onDay(h2, day);
    // Twelve that ends a morning's stretch begun at an earlier hour is its noon ("from ten to
    // twelve this morning": 10:00 to 12:00), not the midnight it opened with.
    const second = read2 === 0 && h1 < 12 && /morning/i.test(day) ? 12 : read2;
    // By day the first is in the second's half of the day, or the half before where that would
    // put it after the second: the morning ("from eleven forty-five until four fifteen yesterday
    // afternoon") or the evening before ("the curfew runs from ten to six tomorrow morning").
    const sameHalf = (h1 % 12) + (second >= 12 ? 12 : 0);
    const after = sameHalf * 60 + m1 > second * 60 + m2;
    const [first, firstShift] = night
      ? onNightBefore(h1, m1, day, second * 60 + m2, secondShift)
      : !after
        ? [sameHalf, secondShift]
        : sameHalf >= 12
          ? [sameHalf - 12, secondShift]
          : [sameHalf + 12, secondShift - 1];
    // The first end is never after the second: where no reading puts it before, nothing is read.
    if (firstShift * 1440 + first * 60 + m1 >= secondShift * 1440 + second * 60 + m2) return [];
    const at = (shift: number, hour: number, minute: number) =>
      clockOn(shiftTimex(published, { amount: shift, unit: 'day' }), [hour, minute]);
    const firstStart = m.index + m[0].indexOf(firstWords);
    const secondStart = m.index + m[0].length - g.second!.length;
    return [
      fixed(firstStart, firstStart + firstWords.length, at(firstShift, first, m1), published),
      fixed(secondStart, m.index + m[0].length, at(secondShift, second, m2), published),
    ];
  });
