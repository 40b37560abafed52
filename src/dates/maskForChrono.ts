import { CHANGE_VERB } from './changeVerb.ts';
import { CLOCK_WORDS } from './clockWords.ts';
import { CLOCK_ZONE } from './clockZone.ts';
import { COUNT_AFTER_DATE_COMMA } from './countAfterDateComma.ts';
import { CLOCK_COMMA_BEFORE_COUNT } from './clockCommaBeforeCount.ts';
import { CLOCK_ENDS_SENTENCE, NOON_ENDS_SENTENCE } from './clockEndsSentence.ts';
import { DOTTED_CLOCK_BEFORE_ZONE } from './dottedClockBeforeZone.ts';
import { FIGURE_WITH_DECIMALS } from './figureWithDecimals.ts';
import { LONG_DECIMAL } from './longDecimal.ts';
import { COUNT_BEFORE_DATE, SPAN_DIRECTION_BEFORE_DATE } from './countBeforeDate.ts';
import { COUNT_BEFORE_FROM_CLOCK } from './countBeforeFromClock.ts';
import { DAY_WORD_TITLE, keepsTitle } from './dayWordTitle.ts';
import { FIGURE_NOT_CLOCK } from './figureNotClock.ts';
import { THOUSANDS_AFTER_FROM } from './thousandsAfterFrom.ts';
import { FROM_BEFORE_DAY_OF_MONTH } from './fromBeforeDayOfMonth.ts';
import { GENERIC_TODAY, KIND_TODAY_COMPARED, TODAY_NOWADAYS } from './genericToday.ts';
import { NO_TOMORROW } from './noTomorrow.ts';
import { VERB_MONTH_AFTER_DATE } from './verbMonthAfterDate.ts';
import { LAST_AS_VERB } from './lastAsVerb.ts';
import { MODIFIER_WORD } from './modifierWord.ts';
import {
  MONTH_NAMES,
  MONTH_SHORT_CAPITALISED_SOURCE,
  MONTH_WORD_LOOSE_SOURCE,
} from './monthNames.ts';
import { DAY_FIRST_PAIR } from './dayFirstPair.ts';
import { LISTED_DAYS_BEFORE_PAIR } from './daysListedBefore.ts';
import { isPersonMay, prepositionBeforeMay } from './prepositionBeforeMay.ts';
import { TWELVE_AT_NIGHT, TWELVE_BEFORE_MIDNIGHT } from './twelveAtNight.ts';
import { WEEKDAY_IN_NAME } from './weekdayInName.ts';
import { WEEKDAY_PAPER } from './weekdayPaper.ts';
import { BLACK_NAMED_DAY } from './blackNamedDay.ts';
import { PART_AFTER_WEEKDAY_EVENT } from './partAfterWeekdayEvent.ts';
import { THIS_PART_BEFORE_WEEKDAY_EVENT } from './thisPartBeforeWeekdayEvent.ts';
import { DAY_AFTER_WEEKDAY_EVENT } from './dayAfterWeekdayEvent.ts';
import { WEEKDAY_OF_A_KIND } from './weekdayOfAKind.ts';
import { MIDNIGHT_MASS } from './midnightMass.ts';
import { MIDNIGHT_IN_NAME } from './midnightInName.ts';
import { MIDNIGHT_SHIFT } from './midnightShift.ts';
import { WEEK_TO_WEEKDAY } from './weekToWeekday.ts';
import { WEEK_TO_DAY_OF_MONTH } from './weekToDayOfMonth.ts';
import { DATE_COMMA_BEFORE_BLANK } from './dateCommaBeforeBlank.ts';
import { ARTICLE_BEFORE_MAY_EVENT, FOR_MAY_DELIVERY } from './articleBeforeMayEvent.ts';
import { YEAR_TO_MONTH_YEAR } from './yearToMonthYear.ts';
import { WEEKDAY_NAMES, WEEKDAY_PATTERN } from './weekdayNames.ts';
import { PART_OF_DAY_BUT_NIGHT_SOURCE, PART_OF_DAY_SOURCE } from './partOfDay.ts';
import { PART_BEFORE_DAY_FIRST } from './partBeforeDayFirst.ts';
import { MERIDIEM_LIKE_WORD_AFTER_DAY } from './meridiemLikeWordAfterDay.ts';
import { THIRD_OF_MONTH } from './thirdOfMonth.ts';

// chrono reads "in May" but not "last May" (the month that is also a verb needs "in" before it).
// The modifier is written over with "in" of the same length, so offsets stay; the month reading
// then takes the modifier from the text itself.
const MAY_MODIFIER = new RegExp(`\\b(?:${MODIFIER_WORD})\\s+(?=May\\b)`, 'g');
// "between March 3 and 5": chrono reads "March 3 to 5" as a stretch but not with "and", and
// "between March and May" loses the May; "and" is written as "to " or "in " there (joinRanges joins
// the ends again, "between" and "and" in its text).
const BETWEEN_DAYS_AND =
  /(?<=\bbetween\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?\s+)and(?=\s+\d{1,2}(?:st|nd|rd|th)?\b)/g;
// "on June 12 and 13", "Nov. 4 or 5, 2023": two days of one month, the month written once. chrono
// reads the first alone; with "and" or "or" written as "to" it reads both ends, which stay two
// days (joinRanges joins "and" only after "between"). A number that counts something after it
// ("on May 2 and 3 others") is no day.
const DAYS_AND_OR = new RegExp(
  String.raw`(?<=\b(?:${MONTH_SHORT_CAPITALISED_SOURCE})[a-z]{0,6}\.?\s+\d{1,2}(?:st|nd|rd|th)?\s+)(?:and|or)(?=\s+\d{1,2}(?:st|nd|rd|th)?(?:,\s+\d{4}\b|\s*(?:[.,;:)!?'"’”]|$)|\s+(?:in|at|on|to|when|while|as|after|before|but|with|for|and|respectively)\b))`,
  'g',
);
const BETWEEN_MONTH_AND_MAY = /(?<=\bbetween\s+[A-Z][a-z]{2,8}\s+)and(?=\s+May\b)/g;
// "Sales fell in April and May.", "in March or May of next year": a "May" joined by "and" or "or"
// to another month is the month as well, but chrono keeps a bare "May" only after "in" (the word
// being also a modal). Only where the phrase plainly ends after it (a stop, a comma, a year, a
// preposition): "in April and May rise" or "in April and May said" leave "May" as a verb's
// subject or the modal, and the person called May (`isPersonMay`) keeps the words as they are.
// Nor before a preposition and another month, a season or a weekday: a month is not "in June" or
// "on Friday", a person is ("Merkel met Macron in April and May in June").
const capitalised = (word: string) => `${word[0]!.toUpperCase()}${word.slice(1)}`;
const OTHER_MONTH = MONTH_NAMES.filter((month) => month !== 'may')
  .map(capitalised)
  .join('|');
const TIME_NAMED = [
  ...MONTH_NAMES,
  ...WEEKDAY_NAMES,
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
]
  .flatMap((word) => [word, capitalised(word)])
  .join('|');
const WORD_AFTER_MAY = [
  'of|in|this|last|next|through|until|before|after',
  'when|while|but|respectively',
].join('|');
const MAY_PHRASE_ENDS = String.raw`\s*(?:[.,;:)!?"”]|$)`;
const NOT_TIME_NAMED = String.raw`(?!\s+(?:the\s+)?(?:${TIME_NAMED})\b)`;
const MAY_WORD_AFTER = String.raw`\s+(?:(?:${WORD_AFTER_MAY})${NOT_TIME_NAMED}|\d{4})\b`;
const MAY_ENDS = `(?:${MAY_PHRASE_ENDS}|${MAY_WORD_AFTER})`;
const MONTH_AND_MAY = new RegExp(
  String.raw`(?<=\b(?:${OTHER_MONTH})\s+)(?:and|or)(?=\s+May${MAY_ENDS})`,
  'g',
);
// "between 7 a.m. and 8 p.m. on Sunday": chrono reads "7 a.m. to 8 p.m. on Sunday" as one stretch
// of hours, the day after it for both ends, but with "and" it reads the first clock alone, on the
// publication day. "and" is written as "to " there; the two clocks stay two mentions.
const BETWEEN_CLOCKS_AND = new RegExp(
  `(?<=\\bbetween\\s+${CLOCK_WORDS}\\s+)and(?=\\s+${CLOCK_WORDS})`,
  'gi',
);

// A named day: a weekday, or a month and a day ("Mar. 3").
const NAMED_DAY = `${WEEKDAY_PATTERN}\\b|${MONTH_WORD_LOOSE_SOURCE}\\s+\\d`;

// "late evening Tuesday", "early morning on Tuesday", "late afternoon March 3": chrono reads the
// part of the day as today's and drops the day after it. The part of the day is blanked so the
// day is read; a part of the day that follows a day ("Sunday night Monday") stays, being that
// day's.
const PART_BEFORE_DAY = new RegExp(
  `(?<!\\b(?:\\w+day|\\d{1,2})\\s+)\\b(?:${PART_OF_DAY_SOURCE})(?:\\s+on)?\\s+(?=${NAMED_DAY})`,
  'gi',
);

// "from 9 to 5 on Friday", "from 8 a.m. to 8 on Sunday": the second end of a range of hours; not
// after a verb of change, or a verb of change and up to three words of what changed ("fell from 9
// to 5 on Friday" is a rating, "cut its deficit from 12 to 4 on Friday" a score).
const HOUR_RANGE_OPENS = `(?<!\\b(?:${CHANGE_VERB})(?:\\s+[\\w'’-]+){0,3}\\s+)\\b(?:from|between)\\s+\\d{1,2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?\\s+(?:to|and|till|until|-)\\s+`;
// "Scores were 21 and 14 on March 3", "rose to 17 on Friday", "up from 12 on Monday", "The vote
// was 7 to 2 on Monday": chrono reads a bare number before "on" and a day as that day's hour.
// Unless a word brings in a clock ("at 21 on Friday", "opens from 10 on Monday") or a month owns
// it ("March 14 on Friday"), it is a score, a count or a price, and is blanked. The second end of a
// range of hours keeps its clock ("from 9 to 5 on Friday"). "from" brings in no clock in a
// comparison: "up from", "down from", "on Friday from 9 on Thursday".
const BARE_NUMBER_BEFORE_DAY = new RegExp(
  `(?<![\\d.,:/-]|\\b(?:at|by|(?<!\\b(?:up|down|${NAMED_DAY})\\s+)from|until|till|before|after|since|around|about|(?:${MONTH_WORD_LOOSE_SOURCE}))\\s+|${HOUR_RANGE_OPENS})\\b(?:[1-9]|1\\d|2[0-3])(?=\\s+on\\s+(?:${NAMED_DAY}))`,
  'gi',
);

// "beat the Packers 34-17 on Thursday night", "beat the Lions 10-6 on Sunday", "voted 52-8
// Monday": a score or a tally before a day is no hour, though chrono reads "17 on Thursday" as
// 5 p.m. and "10-6 on Sunday" as 10 a.m.; the whole score is blanked. "from 9-11 on Monday" keeps
// its range of hours.
const SCORE_BEFORE_DAY = new RegExp(
  `(?<!\\b(?:from|between)\\s+)\\b\\d{1,3}[-–]\\d{1,2}(?=\\s+(?:on\\s+)?(?:${NAMED_DAY})\\b)`,
  'gi',
);

// "at 4 in the morning on Friday", "at 11 at night Tuesday": chrono reads the hour with its part
// of the day, but drops the clock once a day follows (and PART_BEFORE_DAY would blank the part).
// The part, with any "o'clock", is written as a.m. or p.m., padded to its length, so the clock
// and the day are one reading over the whole phrase. Only before a day: alone, chrono reads "at
// 4 in the morning" itself.
const HOUR_PART_BEFORE_DAY = new RegExp(
  `(?<=\\b(\\d{1,2})\\s+)(?:o['’]clock\\s+)?(?:in\\s+the\\s+(${PART_OF_DAY_BUT_NIGHT_SOURCE})|at\\s+(night))(?=(?:\\s+on)?\\s+(?:${NAMED_DAY}))`,
  'gi',
);

/** "in the morning" as "am", "at night" as "pm" ("12 at night" "am"), padded to the same length. */
function meridiemOf(words: string, hour: string, part: string | undefined): string {
  const h = Number(hour);
  const am = part?.toLowerCase() === 'morning' || (!part && (h === 12 || h < 5));
  return (am ? 'am' : 'pm').padEnd(words.length);
}

// "at 6 a.m. local time on Tuesday": chrono parts the clock time from the day when "local time"
// stands between them, and reads the time on the publication day. Blanked, the two are one.
const LOCAL_TIME_BEFORE_DAY = new RegExp(
  `(?<=\\b(?:\\d{1,2}(?::\\d{2})?\\s*[ap]\\.?m\\.?|\\d{1,2}:\\d{2})\\s+)local\\s+time(?=\\s+(?:on\\s+)?(?:${NAMED_DAY}))`,
  'gi',
);

// "arrested Tues. in Tucson": chrono knows "Tue." and "Thurs." but not "Tues.", which wire copy
// writes; it is given chrono's spelling, the stop moved to the end so the length stays.
const TUES = /\bTues\.(?=[\s,;:)]|$)/g;

// A proper fraction of halves, thirds, quarters, fifths, eighths or tenths: "2/3", "7/8", "9/10".
// Not FRACTION's limit: stock prices run to 16ths and 32nds, while "11/5" or "4/12" is a day.
const PROPER_FRACTION = '(?:1\\/2|[12]\\/3|[1-3]\\/4|[1-4]\\/5|[1-7]\\/8|[1-9]\\/10)';
// "the 2/3 majority", "about 2/3 of voters": a proper fraction is no day and month, told by what
// it is a part of ("of", a majority, a share or stake, a vote) right after it. Not "of" a year or
// month ("12/3 of this year"), nor after a word that leads to a day ("adjourned to 2/3"); "the
// 11/5 vote" and "the 4/12 vote" are no fractions and keep their day.
const FRACTION_NOT_DATE = new RegExp(
  `(?<![\\d/.])(?<!\\b(?:to|on|by|until|till|from|since)\\s+)${PROPER_FRACTION}(?:rds|ths)?(?![\\d/])(?=\\s+(?:of\\b(?!\\s+(?:(?:this|last|next|that)\\s+year\\b|\\d{4}\\b|${MONTH_WORD_LOOSE_SOURCE}))|(?:super)?majorit(?:y|ies)\\b|shares?\\b|stakes?\\b|votes?\\b))`,
  'gi',
);

// "from 9 to 12 June", "from 9-12 June": chrono reads the two numbers after "from" as clock hours
// of the month's first day; without "from" it reads them as days, which they are. Only when the
// first is the smaller: "open from 9 to 5 June to September" is opening hours.
const FROM_BEFORE_DAYS = new RegExp(
  `\\bfrom(?=\\s+(\\d{1,2})\\s*(?:-|–|to\\b)\\s*(\\d{1,2})\\s+${MONTH_WORD_LOOSE_SOURCE})`,
  'gi',
);

// "fell 1.4%, or 6.43, on Friday": a decimal is a clock time only after a word that introduces
// one ("at 6.30") or before a.m./p.m.; elsewhere chrono would read a price or an index as a time.
const DECIMAL_NOT_CLOCK =
  /(?<!\b(?:at|by|from|until|till|to|before|after|around|about|since)\s)\b\d{1,2}\.\d{2}\b(?!\s*(?:[ap]\.?m\b|o['’]clock|h\b|hours?\b|GMT|BST|[.,]?\d))/gi;

// "finished in 2:03:45", "ran the mile in 4:07.2", "clocked 4:07.2", "a time of 2:05:11": a figure
// with seconds, or tenths after the minutes, right after a word of time taken is that time, not a
// clock time. Without such a word it is a clock as before ("recorded at approximately 10:31:05",
// "went off 11:42:07 Tuesday"), and a.m., p.m. or a zone after it keeps a clock too.
const ELAPSED_NOT_CLOCK = new RegExp(
  `(?<=\\b(?:[Ii]n|[Oo]f|[Cc]locked|[Tt]imed)\\s+)\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?|\\.\\d+)(?![\\d:.]\\d|\\s*(?:[aApP]\\.?[mM]\\b|${CLOCK_ZONE}\\b))`,
  'g',
);

/** The same length of spaces as `words`, so offsets stay. */
function blank(words: string): string {
  return ' '.repeat(words.length);
}

/**
 * The first step: "last May" as "in   May" (a person's May kept), a dotted clock before a zone
 * with a colon, and "June 12 and 13" or "between 7 a.m. and 8 p.m." as ranges.
 */
function maskMayAndPairs(text: string): string {
  return prepositionBeforeMay(text)
    .replace(DOTTED_CLOCK_BEFORE_ZONE, (clock) => clock.replace('.', ':'))
    .replace(MAY_MODIFIER, (words) => 'in'.padEnd(words.length))
    .replace(ARTICLE_BEFORE_MAY_EVENT, (words, offset: number, whole: string) =>
      isPersonMay(whole, offset + words.length) ? words : 'in'.padEnd(words.length),
    )
    .replace(FOR_MAY_DELIVERY, (words) => 'in'.padEnd(words.length))
    .replace(BETWEEN_DAYS_AND, 'to ')
    .replace(BETWEEN_MONTH_AND_MAY, 'in ')
    .replace(MONTH_AND_MAY, (word, offset: number, whole: string) =>
      isPersonMay(whole, whole.indexOf('May', offset)) ? word : 'in'.padEnd(word.length),
    )
    .replace(BETWEEN_CLOCKS_AND, 'to ');
}

/**
 * The second step: clock words as chrono reads them ("12 at night" as "midnight"), days listed
 * as ranges, and counts, scores and parts before a day or clock blanked.
 */
function maskClocksAndCounts(text: string): string {
  return text
    .replace(TWELVE_AT_NIGHT, (words) => 'midnight'.padEnd(words.length))
    .replace(TWELVE_BEFORE_MIDNIGHT, blank)
    .replace(HOUR_PART_BEFORE_DAY, (words, hour: string, part?: string) =>
      meridiemOf(words, hour, part),
    )
    .replace(DAYS_AND_OR, (word) => 'to'.padEnd(word.length))
    .replace(LISTED_DAYS_BEFORE_PAIR, blank)
    .replace(DAY_FIRST_PAIR, (word) => 'to'.padEnd(word.length))
    .replace(BARE_NUMBER_BEFORE_DAY, blank)
    .replace(SCORE_BEFORE_DAY, blank)
    .replace(PART_BEFORE_DAY, blank)
    .replace(PART_BEFORE_DAY_FIRST, blank)
    .replace(COUNT_BEFORE_DATE, blank)
    .replace(COUNT_BEFORE_FROM_CLOCK, blank)
    .replace(CLOCK_COMMA_BEFORE_COUNT, ';')
    .replace(CLOCK_ENDS_SENTENCE, ';')
    .replace(NOON_ENDS_SENTENCE, ';')
    .replace(SPAN_DIRECTION_BEFORE_DATE, blank)
    .replace(LOCAL_TIME_BEFORE_DAY, blank)
    .replace(FROM_BEFORE_DAYS, (word, first: string, second: string) =>
      Number(first) < Number(second) ? blank(word) : word,
    )
    .replace(FROM_BEFORE_DAY_OF_MONTH, blank);
}

/**
 * The third step: fractions, decimals, figures and times taken that are no dates or clock times
 * blanked, with "now", "lasts" and the verb "last"; "Tues." as "Tue. ".
 */
function maskFiguresAndVerbs(text: string): string {
  return text
    .replace(FRACTION_NOT_DATE, blank)
    .replace(THIRD_OF_MONTH, (words) => 'in'.padEnd(words.length))
    .replace(FIGURE_WITH_DECIMALS, blank)
    .replace(THOUSANDS_AFTER_FROM, blank)
    .replace(LONG_DECIMAL, blank)
    .replace(DECIMAL_NOT_CLOCK, blank)
    .replace(FIGURE_NOT_CLOCK, blank)
    .replace(COUNT_AFTER_DATE_COMMA, blank)
    .replace(ELAPSED_NOT_CLOCK, blank)
    .replace(/\bnow\b/gi, blank)
    .replace(/\blasts\b/gi, blank)
    .replace(LAST_AS_VERB, blank)
    .replace(TUES, 'Tue. ')
    .replace(VERB_MONTH_AFTER_DATE, blank)
    .replace(MERIDIEM_LIKE_WORD_AFTER_DAY, '_');
}

/**
 * The last step: titles, names and idioms that hold a day word ("Sunday school", "Midnight
 * Mass", "the week to Sunday", a generic "today") blanked.
 */
function maskNamesAndIdioms(text: string): string {
  return text
    .replace(DAY_WORD_TITLE, (word, subjectName: string | undefined, index: number, all: string) =>
      keepsTitle(all, index, subjectName) ? blank(word) : word,
    )
    .replace(WEEKDAY_IN_NAME, blank)
    .replace(WEEKDAY_PAPER, blank)
    .replace(BLACK_NAMED_DAY, blank)
    .replace(PART_AFTER_WEEKDAY_EVENT, blank)
    .replace(THIS_PART_BEFORE_WEEKDAY_EVENT, blank)
    .replace(DAY_AFTER_WEEKDAY_EVENT, blank)
    .replace(WEEKDAY_OF_A_KIND, blank)
    .replace(MIDNIGHT_MASS, blank)
    .replace(MIDNIGHT_IN_NAME, blank)
    .replace(MIDNIGHT_SHIFT, blank)
    .replace(WEEK_TO_WEEKDAY, blank)
    .replace(WEEK_TO_DAY_OF_MONTH, blank)
    .replace(YEAR_TO_MONTH_YEAR, blank)
    .replace(DATE_COMMA_BEFORE_BLANK, ';')
    .replace(GENERIC_TODAY, blank)
    .replace(TODAY_NOWADAYS, blank)
    .replace(KIND_TODAY_COMPARED, blank)
    .replace(NO_TOMORROW, blank);
}

/**
 * The text as chrono should read it: "last May" written as "in   May" (and "until May" as "in May",
 * `prepositionBeforeMay`), and decimals, figures (`FIGURE_NOT_CLOCK`, `FIGURE_WITH_DECIMALS`,
 * `THOUSANDS_AFTER_FROM`, `LONG_DECIMAL`) and times taken that are no clock times blanked (the same
 * length, so offsets stay). "now" is blanked too: readReferences reads it, and chrono would join it
 * to a date before it ("passed on Monday, now goes") and give that date today's day. The verb
 * "lasts" ("The show lasts an hour") chrono reads as "last s", a second ago, and the verb "last"
 * ("could last several days") as the days gone by; "the Today programme" is a title, and so is the
 * weekday of "Sunday school" or "Monday Night Football", and the weekday or month of "Black
 * September" (`BLACK_NAMED_DAY`); the "week to" of "the week to Sunday" is blanked
 * (`WEEK_TO_WEEKDAY`), and the "year to" of "the year to June 2025" (`YEAR_TO_MONTH_YEAR`). Wire
 * copy's "Tues." is written as "Tue. ". "June 12 and 13" is written as "June 12 to  13", so both
 * days are read, and "between 7 a.m. and 8 p.m." as "between 7 a.m. to  8 p.m.", so both clocks
 * are.
 */
export function maskForChrono(text: string): string {
  return maskNamesAndIdioms(maskFiguresAndVerbs(maskClocksAndCounts(maskMayAndPairs(text))));
}
