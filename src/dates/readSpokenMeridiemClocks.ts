import type { Pass, Reading } from './Reading.ts';
import { clockAfterLaterPart } from './clockAfterLaterPart.ts';
import { partsOfDayBefore } from './partsOfDayBefore.ts';
import { clockOnLastDay } from './clockOnLastDay.ts';
import { isBroadcastEvening } from './isBroadcastEvening.ts';
import { CLOCK_ZONE, REGION_TIME, US_REGION } from './clockZone.ts';
import { MONTH_WORD_SOURCE } from './monthNames.ts';
import { readNumber } from './readNumber.ts';
import { MARKET_LEVEL_VERB } from './marketLevelVerb.ts';
import { MARKET_WORD } from './marketWord.ts';
import { PRICED_SUBJECT } from './pricedSubject.ts';
import { RANKING_WORD } from './rankingWord.ts';
import { sentenceAround } from './tenseAround.ts';
import { AFTERNOON_AFTER } from './afternoonAfter.ts';
import { PART_WORDS } from './partWords.ts';
import {
  CLOCK_LEAD_WORDS,
  HOUR_WORD_SOURCE as HOUR_WORD,
  MINUTE_WORD_SOURCE as MINUTE_WORDS,
  MINUTES_PAST_TEN_SOURCE as MINUTES_PAST_TEN,
} from './spokenClock.ts';
import { WEEKDAY_PATTERN } from './weekdayNames.ts';
import { PART_OF_DAY_BUT_NIGHT_SOURCE, PART_OF_DAY_SOURCE } from './partOfDay.ts';
import { isSmallHour } from './isSmallHour.ts';
import { pad } from './parseChrono.ts';

// "two p.m.", "four thirty a.m.", "six fifty-two a.m. Eastern time", "seven fifteen Eastern
// daylight time": an hour in words with its minutes in words, then "a.m." or "p.m." or a zone;
// either makes the words a clock, which they are not alone ("two fifteen-year-olds"). The zone
// is matched after, with its capitals (ZONE_AFTER): under this pattern's blindness to case the
// zone's guard against a name ("Eastern Europe") took any word after it for a capital, and "six
// fifteen Eastern this morning" was no clock. With no "a.m." the words are matched only where
// one of a zone's first words follows them (ZONE_AHEAD, in any case; ZONE_AFTER then tells a
// zone), not before every other word or punctuation, as the hour's words are in most counts.
const ZONE_AHEAD = String.raw`(?=\s+(?:(?:${US_REGION}|gmt|utc|[ecp][sd]?t|bst|cest?)(?![-\w])|[a-z]+(?: [a-z]+){0,2} time\b))`;
const SPOKEN_MERIDIEM_CLOCK = new RegExp(
  `\\b(?<hour>${HOUR_WORD})(?:[- ](?<minutes>${MINUTE_WORDS}))?(?:\\s+(?<meridiem>[ap])\\.\\s?m\\.?(?![-\\w])|(?![-\\w])${ZONE_AHEAD})`,
  'gi',
);
const ZONE_AFTER = new RegExp(`^\\s+${CLOCK_ZONE}(?![-\\w])`);
// "six thirty Eastern Time", "nine thirty eastern time": the region with "time" in any case.
const REGION_TIME_AFTER = new RegExp(`^\\s+${REGION_TIME}(?![-\\w])`, 'i');
// "at seven Eastern this morning", "just before four Central yesterday afternoon", "after nine
// Eastern tonight": a bare hour in words with a zone is a clock after a word that puts a time on
// it, where the clause goes on to a day, its part or punctuation, not to a noun ("after two
// Pacific storms", "at seven Eastern bloc capitals").
const BARE_HOUR_LEAD = new RegExp(
  `\\b(?<lead>${CLOCK_LEAD_WORDS})\\s+(?:(?:about|around|approximately|roughly)\\s+)?$`,
  'i',
);
const AFTER_BARE_ZONE_CLOCK = new RegExp(
  `^(?:\\s*(?:[.,;:)!?—–]|$)|\\s+(?:(?:on|this|that|tonight|tomorrow|yesterday|today|and|when|in|at|local|(?:${WEEKDAY_PATTERN}))\\b))`,
  'i',
);
// "around three Pacific this afternoon": after "about" or "around" with no "at", a count as much
// as a clock ("drew about five Eastern and three Western leaders"), the clause must go on to a
// day, its part or punctuation.
const APPROXIMATE_LEAD = /^(?:about|around)$/i;
const AFTER_APPROXIMATE_ZONE_CLOCK = new RegExp(
  `^(?:\\s*(?:[.,;:)!?—–]|$)|\\s+(?:(?:on|this|that|tonight|tomorrow|yesterday|today|(?:${WEEKDAY_PATTERN}))\\b))`,
  'i',
);
// "at three in the afternoon", "at eleven at night": a bare hour in words after "at" is a clock
// when the part of the day follows it in those words; the part says which of its hours.
const SPOKEN_HOUR_WITH_PART = new RegExp(
  `(?<=\\bat\\s+)(?<hour>${HOUR_WORD})${PART_WORDS}\\b`,
  'gi',
);
// Where the clause ends right after an hour and its part of the day, or goes on to a pronoun, an
// article, "when", "as", "and", "local", a weekday or one of the words `more` gives: the hour is a
// clock, not a count before the noun it qualifies ("About ten in the morning shift were taken").
const CLAUSE_GOES_ON_WORDS = 'we|I|he|she|they|it|the|a|an|when|as|and|local';
function clauseEndsOrGoesOn(...more: string[]): string {
  const words = [CLAUSE_GOES_ON_WORDS, ...more, `(?:on\\s+)?(?:${WEEKDAY_PATTERN})`].join('|');
  return `(?=\\s*(?:[.,;:)!?—–]|$)|\\s+(?:${words})\\b)`;
}

// "at about four in the morning", "around five in the morning", "Roughly three in the morning,":
// after "about", "around" or "roughly" (with "at" or not) only where the clause goes on or ends
// right after the part of the day. Not a count before the noun it qualifies ("About ten in the
// morning shift were taken to hospital", "about twelve in the evening team have quit"). A
// weekday after it is its day ("about two in the morning on Saturday" is Saturday at 02:00).
const ABOUT_HOUR_WITH_PART = new RegExp(
  `(?<=\\b(?:at\\s+)?(?:about|around|approximately|roughly)\\s+)(?<hour>${HOUR_WORD})${PART_WORDS}\\b` +
    clauseEndsOrGoesOn(),
  'gi',
);

// "a little after four in the afternoon", "came back by two in the afternoon", "talks went on
// until five in the morning", "which is four in the afternoon here", "tomorrow, four in the
// afternoon New York time": a broadcast's hour in words with its part of the day and no "at" is a
// clock after a word that puts a time on it (or a comma), where the clause ends or goes on as
// ABOUT_HOUR_WITH_PART's does, or to "here" or a place's time. Not a count before the noun it
// qualifies ("won two in the afternoon session", "lost four in the morning heats"), a count shared
// out over the day ("fired two rockets, one in the morning and one in the afternoon"), or a count
// that a figure is cut or raised to ("service will be cut to two in the morning", "reduced from
// eight to four in the morning").
const COUNT_LEAD_TO = String.raw`(?<!\b(?:cut|cuts|reduced|raised|lowered|rose|risen|fell|fallen|dropped|increased|up|down|from\s+\S+)\s+)\bto`;
const LEAD_HOUR_WITH_PART = new RegExp(
  `(?<=(?:\\b(?:by|until|till|before|after|since|from|is|was|for)|${COUNT_LEAD_TO}|,)\\s+)(?<hour>${HOUR_WORD})${PART_WORDS}\\b(?!\\s+and\\s+(?:${HOUR_WORD})\\s+in\\s+the\\b)` +
    clauseEndsOrGoesOn('here', 'there', '(?:[a-z]+\\s+){1,2}time'),
  'gi',
);

// "between eleven last night and three this morning", "back in court at nine thirty tomorrow":
// an hour in words (with its minutes or not) right before the day it is on is a clock after a
// word that puts a time on it; the day word after it says its day and, for a night, an evening
// or an afternoon, that the hour is past noon; "and" only after "between". Not a count with no
// such word before it ("police arrested nine last night", "the count was three to nine
// yesterday", "six were held last night and nine this morning"), nor a price a market closed at
// ("the dollar closed at one twenty-five yesterday"), a count a figure rose from ("the death toll
// rose from nine yesterday"), or one "about" or "around" alone puts a figure on ("police detained
// about ten last night"; "at about eleven last night" is a clock). "About" or "around" alone
// makes a clock of an hour with its minutes ("put to death around six forty-five last night",
// "delayed until around nine forty this morning"), which no count is, but not of a price a market
// traded around (PRICE_BEFORE_APPROXIMATE).
const PRICE_LEAD_AT = String.raw`(?<!\b(?:${MARKET_LEVEL_VERB}|ended|weighed\s+in)\s+)at`;
const COUNT_LEAD_FROM = String.raw`(?<!\b(?:rose|risen|fell|fallen|climbed|jumped|dropped|grew|increased|up|down)\s+)from`;
const APPROXIMATE = 'around|about|approximately|roughly';
// "the vote is now set for four thirty this afternoon", "the race was reset for ten thirty tomorrow
// morning", "the execution is set for six tonight": a time a thing is set or moved to, "for" or
// "to" after a verb of setting it, leads the clock as "at" does ("a table for two tomorrow", "voted
// for six yesterday" have no such verb). "to" only after a verb that puts a time off or forward:
// "the dollar moved to one twenty-five this morning", "the death toll has moved to nine this
// morning", "the rate was fixed to four" are levels. A thing that "was moved to" or "has been moved
// up to" a time is moved in the passive, which a level that moves is not ("the meeting was moved to
// eight tonight", but "the death toll has moved to nine").
const MOVED_PASSIVE = String.raw`(?:was|were|is|are|been|be|being)\s+(?:now\s+)?moved(?:\s+(?:up|back|forward))?`;
const SET_FOR = String.raw`(?:(?:set|reset|scheduled|rescheduled|slated|planned|booked|fixed|timed|moved|postponed|delayed|pushed\s+back|put\s+off|brought\s+forward)\s+for|(?:reset|rescheduled|postponed|delayed|pushed\s+back|put\s+off|brought\s+forward|${MOVED_PASSIVE})\s+to)`;
// Tomorrow with its part when it has one ("moved to six tomorrow morning"): a bare "tomorrow" or
// "yesterday" after a verb of setting may follow a figure (SET_FOR_BEFORE, BARE_DAY), and so may
// a part of yesterday, which nothing is set for ("The death toll was moved to nine yesterday
// afternoon").
const SPOKEN_CLOCK_BEFORE_DAY = new RegExp(
  `(?<=\\b(?:(?:${PRICE_LEAD_AT}|by|until|till|between|${COUNT_LEAD_FROM}|since|before|after|${SET_FOR}|between\\s+(?:\\S+\\s+){1,4}and)\\s+(?:(?:${APPROXIMATE})\\s+)?|(?:${APPROXIMATE})\\s+))(?<hour>${HOUR_WORD})(?:[- ](?<minutes>${MINUTES_PAST_TEN}))?` +
    `(?=\\s+(?<day>this\\s+(?:morning|afternoon|evening)|last\\s+night|tonight|tomorrow(?:\\s+(?:morning|afternoon|evening))?|yesterday)\\b(?!['’]s))`,
  'gi',
);
// "around" or "about" with no word of time before it (APPROXIMATE_ALONE), and a price it puts a
// figure on ("the dollar traded around one twenty-five yesterday"), a level a change reaches ("the
// dollar fell to around one twenty-five yesterday", "the yen weakened to about one thirty this
// morning") or a total ("sales totaled about four fifty yesterday"): PRICE_BEFORE_APPROXIMATE.
const APPROXIMATE_ALONE = new RegExp(
  `(?<!\\b(?:at|by|until|till|between|from|since|before|after)\\s+)\\b(?:${APPROXIMATE})\\s+$`,
  'i',
);
const CHANGE_TO = String.raw`(?:rose|risen|fell|fallen|climbed|jumped|dropped|slipped|slid|weakened|strengthened|firmed|eased|edged|gained|lost|grew|increased|decreased|declined|surged|soared|plunged|tumbled|recovered|rebounded|(?:moved|went)\s+(?:up|down))(?:\s+\w+ly)?\s+(?:to|by)`;
// The verbs of a price, a level or a weight a figure is put at ("traded", "priced", "weighed in").
const LEVEL_VERB = String.raw`(?:${MARKET_LEVEL_VERB}|trading|ended|priced|sold|selling|costs?|worth|weighed(?:\s+in)?)`;
const PRICE_BEFORE_APPROXIMATE = new RegExp(
  `\\b(?:${LEVEL_VERB}\\s+(?:at\\s+)?|${CHANGE_TO}\\s+|(?:totaled|totalled|totaling|totalling|numbered|amounted\\s+to)\\s+)(?:${APPROXIMATE})\\s+$`,
  'i',
);

const SET_FOR_BEFORE = new RegExp(String.raw`\b${SET_FOR}\s+$`, 'i');
// "The Lakers were moved to eight this morning in the standings": the passive alone tells no time
// when the sentence names a ranking (RANKING_WORD) the number is a place in.
const MOVED_PASSIVE_BEFORE = new RegExp(String.raw`\b${MOVED_PASSIVE}\s+to\s+$`, 'i');
function inRanking(text: string, start: number, end: number): boolean {
  const { before, after } = sentenceAround(text, start, end);
  return RANKING_WORD.test(before) || RANKING_WORD.test(after);
}
// "ended" and a word of approximation (APPROXIMATE: "around", "about", "roughly"…) right before
// the clock, which a night after it makes a time.
const ENDED_APPROXIMATE = new RegExp(`\\bended\\s+(?:${APPROXIMATE})\\s+$`, 'i');
// "The yen ended around one twenty-eight last night in New York": a currency's, a metal's or a
// market's close at night is still a price (PRICED_SUBJECT, MARKET_WORD).
// A day told by "last night" or "tonight".
const NIGHT_DAY = /night/i;
const TONIGHT = /^tonight$/i;
// "yesterday" or "tomorrow" alone, with no part of the day.
const BARE_DAY = /^(?:yesterday|tomorrow)$/i;
// A day told by its afternoon or evening ("this afternoon", "Tuesday evening"), or by its
// morning: the hours after noon, or before it.
const AFTERNOON_OR_EVENING = /afternoon|evening/i;
const MORNING = /morning/i;
// The morning as the part of the day an hour in words is told with ("at four in the morning").
const MORNING_PART = /^morning$/i;
// "oh" before minutes in words ("six oh five"), which count as the number alone.
const OH_BEFORE_MINUTES = /^oh[- ]/i;

// "at nine twenty Wednesday night", "at about two fifteen", "At nine thirty-eight the pilot
// called": after "at" (and "about" or "around"), an hour and its minutes in words are a clock
// with neither "a.m." nor a zone, when punctuation, a day or its part, or a word that cannot be
// the noun they count follows ("at nine twenty dollars" is a price), and a part of the day
// holds them (PART_AFTER, or one named shortly before, partsOfDayBefore) or they open the
// sentence.
const AT_SPOKEN_CLOCK = new RegExp(
  `(?<=\\b[Aa]t\\s+(?:(?:about|around|approximately)\\s+)?)(?<hour>${HOUR_WORD})[- ](?<minutes>${MINUTES_PAST_TEN})(?![-\\w])(?=\\s*(?:[.,;:)—–]|$)|\\s+(?:on|this|that|in|last|tonight|yesterday|today|tomorrow|local|the|and|when|as|(?:${WEEKDAY_PATTERN}))\\b)`,
  'gi',
);

// "The launch is now set for two nineteen Thursday afternoon", "the downhill is rescheduled for
// ten fifteen Saturday morning": an hour and its minutes in words after a verb of setting a time
// ("set for", SET_FOR) lead the clock as "at" does, where a part of the day follows them
// (PART_AFTER), so that a price or a figure set for words with no part of the day ("the price was
// set for nine twenty") stays no clock.
const SET_FOR_SPOKEN_CLOCK = new RegExp(
  `(?<=\\b${SET_FOR}\\s+)(?<hour>${HOUR_WORD})[- ](?<minutes>${MINUTES_PAST_TEN})(?![-\\w])`,
  'gi',
);

// Words that make "at nine twenty" a clock and not a weight, a height, a price, an address or a
// shop ("weighed in at one forty-seven on Friday", "lives at eleven twenty on Elm Street", "at
// Seven Eleven"): a part of the day after it ("at nine twenty Wednesday night", "at seven
// fifteen this morning", "local time"), …
const PART_AFTER = new RegExp(
  `^\\s+(?:(?:(?:on\\s+)?(?:${WEEKDAY_PATTERN}|this|that|last|yesterday|tomorrow)\\s+)?(?:${PART_OF_DAY_SOURCE})\\b|tonight\\b|local\\s+time\\b|in\\s+the\\s+(?:${PART_OF_DAY_BUT_NIGHT_SOURCE})\\b|at\\s+night\\b)`,
  'i',
);
// … or a sentence that opens on it and goes on to its subject ("At eleven forty-five the doors
// closed"), not to "the next morning", which names another day.
const OPENING_AT = /(?:^|[.!?]["”’']*\s+|\n\s*)At\s+(?:(?:about|around|approximately)\s+)?$/;
const SUBJECT_AFTER = /^\s+the\s+(?!next\b|following\b)/i;
// "Hecklers interrupted the town meeting at about eleven thirty.", "The Council meets again at
// around ten fifteen, and …": "at about" or "at around" and the clause's end around an hour and
// its minutes make them a clock with no part of the day, as "at about 11:30" is one. Not a price,
// a level or a weight ("closed at about one twenty-five.", "weighed in at about one forty-seven."),
// nor an hour from one to six, which said alone a broadcast means in the afternoon as often as
// the figures' small hours.
const APPROXIMATE_AT = /\bat\s+(?:about|around|approximately)\s+$/i;
// Nor a figure whose sentence names a share or a market before it (MARKET_WORD: "Shares of Apple
// finished the day at about eleven fifty", "Boeing stock was changing hands at about nine forty"),
// whatever verb stands before "at".
const LEVEL_AT_APPROXIMATE = new RegExp(
  `\\b(?:${LEVEL_VERB}|weighs|measured|rated|ranked|valued|estimated|pegged)\\s+at\\s+(?:about|around|approximately)\\s+$`,
  'i',
);
const CLAUSE_ENDS_AFTER = /^\s*(?:[.,;:!?)—–]|$)/;
const FIRST_HOUR_ALONE = 7;

// "At two fifteen the next morning", "at ten forty the following night": the part of a day after
// the story's day holds the clock and is its words too, the clock on that next day.
const NEXT_PART_AFTER = new RegExp(
  String.raw`^\s+the\s+(?:next|following)\s+(?<part>${PART_OF_DAY_SOURCE})\b`,
  'i',
);
// The news reading tells the next day only after a day named before it ("On Friday the fire
// started. At two fifteen the next morning …"); with none, the day is unknown there, while TimeML
// mode counts it from publication as it does "the next morning" alone.
const DAY_NAMED_BEFORE = new RegExp(
  `\\b(?:${WEEKDAY_PATTERN}|yesterday|today|${MONTH_WORD_SOURCE}\\.?\\s+\\d{1,2}\\b)`,
  'i',
);

// The first hour that "at night" puts before midnight: "at six at night" is 18:00, "at five at
// night" 05:00. Not isSmallHour's cut-off of five, which would read "at five at night" 17:00.
const AT_NIGHT_FROM = 6;

/** The hour from 0 to 23 that an hour of 1 to 12 is, after "a.m.", "p.m." or a part of the day. */
function dayHour(hour: number, later: boolean, small: boolean): number {
  if (hour === 12) return later && !small ? 12 : 0;
  return later ? hour + 12 : hour;
}

/**
 * A clock in words with "a.m." or "p.m." or a zone after it: "at two p.m.", "seven fifteen
 * Eastern".
 */
function readMeridiemOrZoneClock(m: RegExpExecArray, text: string, published: string): Reading[] {
  const { hour: hourWords, minutes: minuteWords, meridiem } = m.groups!;
  const hour = readNumber(hourWords!);
  const minute = minuteWords ? readNumber(minuteWords.replace(OH_BEFORE_MINUTES, '')) : 0;
  if (hour === undefined || minute === undefined) return [];
  const rest = text.slice(m.index + m[0].length);
  const zone = (REGION_TIME_AFTER.exec(rest) ?? ZONE_AFTER.exec(rest))?.[0] ?? '';
  if (!meridiem && !zone) return [];
  const end = m.index + m[0].length + zone.length;
  if (!meridiem && !minuteWords) {
    const lead = BARE_HOUR_LEAD.exec(text.slice(Math.max(0, m.index - 30), m.index))?.groups?.lead;
    const after = APPROXIMATE_LEAD.test(lead ?? '')
      ? AFTER_APPROXIMATE_ZONE_CLOCK
      : AFTER_BARE_ZONE_CLOCK;
    if (!lead || !after.test(text.slice(end))) return [];
  }
  const pm = meridiem?.toLowerCase() === 'p';
  // "live coverage tonight starting at eight thirty Eastern": with a zone and no "a.m.", the
  // hour takes a later part of the day named before it, as one o'clock does, or after it ("at
  // six forty-five Eastern tonight"), or an evening the sentence tells of ("join us at eight
  // Eastern on Tuesday for a special prime time report", isBroadcastEvening).
  const later =
    !meridiem &&
    hour < 12 &&
    (AFTERNOON_AFTER.test(text.slice(end)) ||
      clockAfterLaterPart(text, m.index, hour, end) ||
      isBroadcastEvening(text, m.index, end, hour));
  const h = meridiem ? dayHour(hour, pm, !pm) : later ? hour + 12 : hour;
  return [clockOnLastDay(text, m.index, end, `T${pad(h)}:${pad(minute)}`, published)];
}

/**
 * An hour and its minutes in words after "at": "at nine twenty Wednesday night", "at about two
 * fifteen".
 */
function readAtSpokenClock(
  m: RegExpExecArray,
  text: string,
  published: string,
  timeml: boolean | undefined,
): Reading[] {
  const hour = readNumber(m.groups!.hour!);
  const minute = readNumber(m.groups!.minutes!);
  if (hour === undefined || minute === undefined) return [];
  const end = m.index + m[0].length;
  const next = NEXT_PART_AFTER.exec(text.slice(end));
  if (next && (timeml || DAY_NAMED_BEFORE.test(text.slice(Math.max(0, m.index - 400), m.index)))) {
    const part = next.groups!.part!.toLowerCase();
    // Past noon in the afternoon and the evening, and at night from five to eleven; twelve and
    // the small hours of a night ("twelve thirty the next night"), before five as with "last
    // night" (isSmallHour), are after its midnight, on the day after the next.
    const smallOfNight = part === 'night' && isSmallHour(hour % 12);
    const later = part === 'afternoon' || part === 'evening' || (part === 'night' && !smallOfNight);
    const h = dayHour(hour, later, part === 'morning' || smallOfNight);
    const clock = `T${pad(h)}:${pad(minute)}`;
    // As strong as "the next morning" read alone, so the longer words win.
    const daysOn = smallOfNight ? 2 : 1;
    const reading = clockOnLastDay(text, m.index, end + next[0].length, clock, published, daysOn);
    return [{ ...reading, priority: 3 }];
  }
  // "at nine twenty Wednesday night", or after "this afternoon" in the sentence before.
  const afterLaterPart = clockAfterLaterPart(text, m.index, hour, end);
  const clock =
    PART_AFTER.test(text.slice(end)) ||
    partsOfDayBefore(text, m.index).length > 0 ||
    (OPENING_AT.test(text.slice(Math.max(0, m.index - 40), m.index)) &&
      SUBJECT_AFTER.test(text.slice(end))) ||
    approximateClockEndingClause(text, m.index, end, hour);
  if (!clock) return [];
  // "at about one thirty last night" is read after noon here, as a night's hour is, and put in
  // the small hours past its midnight where it is joined to "last night" (smallHourOfNight),
  // as every clock in words before "last night" is.
  const later = hour < 12 && (AFTERNOON_AFTER.test(text.slice(end)) || afterLaterPart);
  const h = dayHour(hour, later, false);
  return [clockOnLastDay(text, m.index, end, `T${pad(h)}:${pad(minute)}`, published)];
}

/** Whether "at about eleven thirty" ends its clause as a clock of the morning or noon. */
function approximateClockEndingClause(
  text: string,
  start: number,
  end: number,
  hour: number,
): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  return (
    hour >= FIRST_HOUR_ALONE &&
    hour <= 12 &&
    APPROXIMATE_AT.test(before) &&
    !LEVEL_AT_APPROXIMATE.test(before) &&
    !MARKET_WORD.test(sentenceAround(text, start, end).before) &&
    CLAUSE_ENDS_AFTER.test(text.slice(end))
  );
}

/** An hour in words right before its day: "between eleven last night and three this morning". */
function readSpokenClockBeforeDay(m: RegExpExecArray, text: string, published: string): Reading[] {
  const { hour: hourWords, minutes: minuteWords, day } = m.groups!;
  const hour = readNumber(hourWords!);
  const minute = minuteWords ? readNumber(minuteWords) : 0;
  if (hour === undefined || minute === undefined || hour > 12) return [];
  const before = text.slice(Math.max(0, m.index - 40), m.index);
  const night = NIGHT_DAY.test(day!);
  // "the talks ended around one thirty last night": a market's close is no night's ("the dollar
  // ended around one twenty-five yesterday" stays a price).
  const sentenceBefore = text.slice(text.lastIndexOf('.', m.index) + 1, m.index);
  const endedAtNight =
    night &&
    ENDED_APPROXIMATE.test(before) &&
    !PRICED_SUBJECT.test(sentenceBefore) &&
    !MARKET_WORD.test(sentenceBefore);
  if (
    (PRICE_BEFORE_APPROXIMATE.test(before) && !endedAtNight) ||
    (APPROXIMATE_ALONE.test(before) && !minuteWords) ||
    // "the price was set for nine yesterday": a bare hour set for a bare day may be a figure.
    (SET_FOR_BEFORE.test(before) && !minuteWords && BARE_DAY.test(day!)) ||
    (MOVED_PASSIVE_BEFORE.test(before) && inRanking(text, m.index, m.index + m[0].length))
  )
    return [];
  // "around five thirty last night" is the evening's 17:30; "around four forty last night" is
  // read 16:40 here and put in the small hours where it is joined to "last night"
  // (smallHourOfNight). "at one thirty tonight" is the small hours here (isSmallHour).
  const small = TONIGHT.test(day!) && isSmallHour(hour);
  const later = AFTERNOON_OR_EVENING.test(day!) || (night && !small && hour < 12);
  const h = dayHour(hour, later, MORNING.test(day!) || small);
  const end = m.index + m[0].length;
  return [clockOnLastDay(text, m.index, end, `T${pad(h)}:${pad(minute)}`, published)];
}

/** An hour in words with its part of the day: "at three in the afternoon", "at eleven at night". */
function readSpokenHourWithPart(m: RegExpExecArray, text: string, published: string): Reading[] {
  const { hour: hourWords, part, night } = m.groups!;
  const hour = readNumber(hourWords!);
  if (hour === undefined) return [];
  const morning = MORNING_PART.test(part ?? '');
  // "at three at night" is past midnight, "at eleven at night" before it.
  const later = (part !== undefined && !morning) || (night !== undefined && hour >= AT_NIGHT_FROM);
  const h = dayHour(hour, later, morning || (night !== undefined && hour < AT_NIGHT_FROM));
  const end = m.index + m[0].length;
  return [clockOnLastDay(text, m.index, end, `T${pad(h)}:00`, published)];
}

/**
 * Clock times in words with "a.m." or "p.m." or a zone after them, as broadcast transcripts
 * write the clock ("at two p.m.", "at six fifty-two a.m.", "seven fifteen Eastern daylight
 * time"), and an hour in words with its part of the day ("at three in the afternoon"): read as
 * the clock in figures is, a time of the day the text ties it to.
 */
export const readSpokenMeridiemClocks: Pass = (text, { published, timeml }) => [
  ...[...text.matchAll(SPOKEN_MERIDIEM_CLOCK)].flatMap((m) =>
    readMeridiemOrZoneClock(m, text, published),
  ),
  ...[...text.matchAll(AT_SPOKEN_CLOCK)].flatMap((m) =>
    readAtSpokenClock(m, text, published, timeml),
  ),
  ...[...text.matchAll(SET_FOR_SPOKEN_CLOCK)]
    .filter((m) => PART_AFTER.test(text.slice(m.index + m[0].length)))
    .flatMap((m) => readAtSpokenClock(m, text, published, timeml)),
  ...[...text.matchAll(SPOKEN_CLOCK_BEFORE_DAY)].flatMap((m) =>
    readSpokenClockBeforeDay(m, text, published),
  ),
  ...[
    ...text.matchAll(SPOKEN_HOUR_WITH_PART),
    ...text.matchAll(ABOUT_HOUR_WITH_PART),
    ...text.matchAll(LEAD_HOUR_WITH_PART),
  ].flatMap((m) => readSpokenHourWithPart(m, text, published)),
];
