import { joinWeekdayToHoliday } from './joinWeekdayToHoliday.ts';
import type { Mention } from '../model/mention.ts';
import type { Granularity } from '../model/temporal.ts';
import { moveAnchor } from './moveAnchor.ts';
import { firstOfYearsAcrossTwo } from './firstOfYearsAcrossTwo.ts';
import { timexRange } from './timexRange.ts';
import { findSeparateMentions, type FindOptions } from './findMentions.ts';
import { outsideQuotedTitles } from './outsideQuotedTitles.ts';
import { NUMBER_SOURCE, readNumber } from './readNumber.ts';
import { overnightBeforeDay } from './overnightBeforeDay.ts';
import { PART_OF_DAY, PART_OF_DAY_SOURCE } from './partOfDay.ts';
import { sunPartOfDay } from './sunPartOfDay.ts';
import { durationValue, overMeansAcross } from './readDurations.ts';
import { FROM_ANOTHER_TIME, UNCOUNTED_UNITS } from './readRelatives.ts';
import { RECENT_SPAN_UNIT } from './readRecentSpans.ts';
import { sentenceEnds } from './sentenceEnds.ts';
import { WEEKDAY_PATTERN } from './weekdayNames.ts';
import { ORDINAL_AFTER_FIRST_SOURCE } from './ordinalsAfterFirst.ts';
import { midnightOfYearTurn } from './midnightOfYearTurn.ts';
import { findTimemlOnlyMentions } from './findTimemlOnlyMentions.ts';
import { WEEKDAY_AND_BEFORE } from './weekdayAndBefore.ts';
import { joinDayNeighbour } from './joinDayNeighbour.ts';
import { LAST_VERB_BEFORE } from './lastAsVerb.ts';
import { joinMinutesToMidnight } from './joinMinutesToMidnight.ts';
import { joinWeekdayToMidnightDeadline } from './joinWeekdayToMidnightDeadline.ts';
import { joinTimesToDays } from './joinRanges.ts';
import { joinWeekendToDays } from './joinWeekendToDays.ts';
import { placeResumedDay } from './placeResumedDay.ts';
import { YEAR_TO_DATE_SOURCE } from './yearToDate.ts';
import { isDayValue } from './valueShape.ts';
import { spanAheadValue } from './spanAheadValue.ts';
import { CAPITALISED } from './capitalised.ts';

// TimeML leaves prepositions and bound words out of a TIMEX3's extent ("on [Friday]", "as soon
// as [next week]"); the news reading keeps them, since editors quote them.
// "over" before a count is its modifier, which TimeML keeps ("over a week"); so is "at least".
const COUNT_AHEAD = `(?=(?:${NUMBER_SOURCE}|several|a few)[\\s-])`;
/** Whether a mention's text opens with a count (test it on the text plus a space). */
const OPENS_WITH_COUNT = new RegExp(`^${COUNT_AHEAD}`, 'i');
const LEADING = new RegExp(
  `^(?:(?:on|in|at(?!\\s+(?:least|most)\\b)|by|until|till|since|from|during|for|of|about|over(?!\\s+${COUNT_AHEAD})|just|within|throughout|into|through|as (?:soon|early|late) as|no (?:earlier|later) than|not (?:before|after|later than))\\s+)+`,
  'i',
);
// Modifiers of a count that TimeML takes into the extent, with the guidelines' mod where the model
// has one: "nearly four years ago", "almost a hundred years", "more than two decades". The data
// leaves "about" out of a duration ("about five hours") but keeps it in "about two years ago".
const COUNT_MODIFIER =
  /\b(?:(nearly|almost|about|approximately|roughly|around|some|close to)|(?:no|not)\s+(?:more|less|fewer)\s+than|more than|over|well over|less than|at least|at most|under|up to|just over|just under)\s+$/i;
// "Saturday, at the earliest": the bound, and the comma before it, stay out of the extent.
const TRAILING = /,?\s+(?:at the (?:earliest|latest))$/i;

// "two days later", "a month after the vote", "in two weeks", "in a few minutes": TimeML marks the
// count of units as a DURATION and leaves the relation to the anchor ("later", "after", "in") to a
// link.
const UNIT = '(minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|centur(?:y|ies))';
const COUNTED = new RegExp(
  `^((?:(?:a few|several|some|many)\\s+)?(?:(?:more than|less than|nearly|almost|over|under|at least|only)\\s+)?(?:(${NUMBER_SOURCE})\\s+)?${UNIT})\\s+(?:${FROM_ANOTHER_TIME})$|^(?:(?:a few|several|a couple of)\\s+|(${NUMBER_SOURCE})\\s+)${UNIT}$`,
  'i',
);
// "a couple of weeks": COUNTED takes "a couple of" with no count of its own; it counts two.
const A_COUPLE_OF = /^a couple of\s/i;
// The word that counts a count from another time, closing the words ("two days later").
const COUNT_TAIL = new RegExp(`\\s+(?:${FROM_ANOTHER_TIME})$`, 'i');

// "up 18% from $1.69 billion a year earlier", "A year earlier, net income was $2.1 million": in a
// comparison of figures, "a year earlier" names the period compared with, a date (TimeBank marks
// all of these so), while a narrative's "A day earlier, trucks crossed" marks the count alone, as
// "later" does.
const FIGURES = /\$|%|\bpercent\b|\bcents?\b|\ba share\b/i;
const COMPARING = /\b(?:from|than|compared|versus|vs)\b/i;
// Initials with their stops before a capital ("in the U.S. The company had opened its first store
// there a year earlier"): sentenceEnds keeps the sentence going, but a comparison's sentence ends
// there, as a country's initials close many a sentence.
const INITIALS_END = /\b(?:[A-Z]\.){2,}(?=\s+[A-Z])/g;
// The count in a duration's value ("P1D"), for TimeML's X of a number unknown ("PXD").
const COUNT = /\d+/;

/** Whether an "… earlier" is a comparison of figures with an earlier period, in its sentence. */
function yearAgoComparison(text: string, m: Mention): boolean {
  if (!/\searlier$/i.test(m.text)) return false;
  const before = text.slice(Math.max(0, m.start - 80), m.start);
  const cut = Math.max(
    sentenceEnds(before, true).at(-1) ?? -1,
    ...[...before.matchAll(INITIALS_END)].map((e) => e.index + e[0].length - 1),
  );
  const opening = before.slice(cut + 1);
  const after = text.slice(m.end, m.end + 60);
  const closing = after.slice(0, sentenceEnds(after, true)[0]);
  return FIGURES.test(opening) || COMPARING.test(opening) || FIGURES.test(closing);
}

/** The mention with its extent moved to [start, end). */
function narrowed(text: string, m: Mention, start: number, end: number): Mention {
  return { ...m, text: text.slice(start, end), start, end };
}

/** The words at [start, end) as a DURATION, keeping what the mention was read against. */
function asDuration(text: string, m: Mention, start: number, end: number, value: string): Mention {
  return {
    text: text.slice(start, end),
    start,
    end,
    type: 'DURATION',
    value,
    granularity: 'span',
    anchor: m.anchor,
  };
}

/**
 * A duration in TimeML's value: P2D, PT5H, and PXD for an uncounted "days", "a few days"; "in a
 * couple of weeks" counts two (P2W), as the data's "a couple of years" (P2Y) does.
 */
function countedDuration(words: string): string | undefined {
  const match = COUNTED.exec(words);
  if (!match) return undefined;
  const count = match[2] ?? match[4] ?? (A_COUPLE_OF.test(words) ? 'two' : undefined);
  const unit = (match[3] ?? match[5])!;
  if (count === undefined) return durationValue(1, unit).replace(COUNT, 'X');
  const amount = readNumber(count);
  return amount === undefined ? undefined : durationValue(amount, unit);
}

// Not temporal expressions in TimeML: ages ("a 6-year-old boy", "among five-year-olds") and
// adverbs of sequence or adjectives ("previously", "a recent poll") that place nothing on the
// calendar.
const NOT_TIMEX = /^(?:.*-(?:year|month|week|day)-olds?|previously|formerly|recent)$/i;
// "the past two months", "the next few days", "recent weeks": TimeML marks a span of time
// looked over as a DURATION (PXD when it is not counted); the news reading makes them
// references (PAST_REF, FUTURE_REF) or leaves "the past" out.
const SPAN_LOOKED_OVER = new RegExp(
  `^(?:the\\s+)?(?:past|last|next|coming|previous|recent|first|final)\\s+(?:(few|several|couple of)\\s+|(${NUMBER_SOURCE})\\s+)?${UNIT}$`,
  'i',
);
// A count used as an adjective before its noun, "the two-week strike", "a two day visit": the
// article belongs to the noun, and TimeML leaves it out.
const PRENOMINAL = new RegExp(
  `^(?:${NUMBER_SOURCE})(?:-\\w+|\\s+(?:minute|hour|day|week|month|year))$`,
  'i',
);
// TimeML takes "the" (and "past", "first" …) before a duration into it: "the nine months", "the
// latest 12 months", "the trailing 12 months", as the business pages write a span up to now.
// Those only after "the" ("its latest 12 months" is no span the annotators wrote).
const SPAN_LEAD_WORD = 'past|last|next|coming|previous|first|final';
const SPAN_LEAD_AFTER_THE = 'prior|preceding|latest|most\\s+recent|trailing';
const SPAN_LEAD = new RegExp(
  `(?:\\bthe\\s+(?:(?:${SPAN_LEAD_WORD}|${SPAN_LEAD_AFTER_THE})\\s+)?|\\b(?:${SPAN_LEAD_WORD})\\s+)$`,
  'i',
);
const UNCOUNTED_AGO = new RegExp(
  `^(?:(?:a few|several|some|many)\\s+)?(?:${UNCOUNTED_UNITS})\\s+ago$`,
  'i',
);
// "early Tuesday", "late yesterday": the word before a day is in its extent; not the "early" or
// "late" that closes a count ("ended a day early on Tuesday", "arrived two hours late Friday"),
// which says how far off a time was, not when in the day.
const DAY_LEAD = /(?<!\b(?:minutes?|hours?|days?|weeks?|months?|years?)\s+)\b(?:early|late)\s+$/i;
// "mid-afternoon yesterday", "late morning Tuesday": a part of the day before the day it is
// part of, as "Tuesday morning" is after it (TIME, …TAF).
const PART_BEFORE_DAY = new RegExp(
  String.raw`\b(?:mid-?|early\s+|late\s+)?(${PART_OF_DAY_SOURCE})\s+$`,
  'i',
);
const NAMED_DAY = new RegExp(`^(?:${WEEKDAY_PATTERN}|yesterday|today|tomorrow)$`, 'i');
// … unless the part of the day belongs to the word before it ("Sunday night Monday", "each
// morning Tuesday through Friday", "the night Monday"), or is counted in a run of them ("struck
// targets for a second night Thursday", "a third straight night Friday"): that night is one of
// several, and the day alone is the date (the news reading gives the day too).
const PART_OWNER = new RegExp(
  `\\b(?:${WEEKDAY_PATTERN}|yesterday|today|tomorrow|each|every|this|that|the|one|a|last|next|${ORDINAL_AFTER_FIRST_SOURCE}|straight|consecutive|successive|another)\\s+$`,
  'i',
);

// A rate that is a measure's word, "average daily volume", "to rise 8.5% annually": the
// annotators leave these out.
const RATE = /^(?:daily|weekly|monthly|annually|yearly)$/i;
const RATE_NOT_TIMEX_BEFORE = /(?:\baverage|%|\bpercent)\s+$/i;

/** Whether a rate word is a measure's word rather than a time expression. */
function rateNotTimex(text: string, m: Mention): boolean {
  if (!RATE.test(m.text)) return false;
  const before = text.slice(Math.max(0, m.start - 12), m.start);
  return RATE_NOT_TIMEX_BEFORE.test(before);
}

// A span looked over ("the past 18 months") takes a bound of its count into its extent ("at least
// the past 18 months"), but not "over" or "about", which are prepositions before an article.
const SPAN_OPENING = /^the\s+(?:past|last|next|coming|previous)\s/i;
const SPAN_MODIFIER = /\b(?:(nearly|almost)|more than|less than|at least|at most)\s+$/i;
// "or so" after a count is the guidelines' approximator, in the extent with mod APPROX.
const OR_SO = /^\s+or so\b/i;

/** A count ("two years ago", "a week") with the modifier before it taken into its extent. */
function withCountModifier(text: string, m: Mention): Mention {
  if (m.type !== 'DURATION' && !/\bago$/i.test(m.text)) return m;
  // "no more than 60 days": the negation is part of a bound already in the extent.
  const negated = /^(?:more|less|fewer) than\s/i.test(m.text)
    ? /\b(?:no|not)\s+$/i.exec(text.slice(Math.max(0, m.start - 4), m.start))
    : null;
  if (negated) return narrowed(text, m, m.start - negated[0].length, m.end);
  const span = m.type === 'DURATION' && SPAN_OPENING.test(m.text);
  if (!span && !OPENS_WITH_COUNT.test(`${m.text} `)) return m;
  const orSo = m.type === 'DURATION' ? OR_SO.exec(text.slice(m.end, m.end + 8)) : null;
  if (orSo) m = { ...narrowed(text, m, m.start, m.end + orSo[0].length), mod: m.mod ?? 'APPROX' };
  const before = text.slice(Math.max(0, m.start - 16), m.start);
  const modifier = (span ? SPAN_MODIFIER : COUNT_MODIFIER).exec(before);
  if (!modifier || (/^about/i.test(modifier[0]) && m.type === 'DURATION')) return m;
  // "deliberated for 11 hours over three days": "over" tells across what time, no bound.
  const overStart = m.start - modifier[0].length;
  const over = /^over\s+$/i.test(modifier[0]) && m.type === 'DURATION';
  if (over && overMeansAcross(text, overStart, m.end)) return m;
  const widened = narrowed(text, m, m.start - modifier[0].length, m.end);
  return modifier[1] && !m.mod ? { ...widened, mod: 'APPROX' } : widened;
}

const UNIT_GRANULARITY: Record<string, Granularity> = {
  hour: 'day',
  day: 'day',
  week: 'week',
  month: 'month',
  year: 'year',
  decade: 'decade',
};

// A span up to publication as readRecentSpans finds it: "… weeks ago", or ending in its unit.
const RECENT_SPAN_AGO = new RegExp(`\\b(${RECENT_SPAN_UNIT})s?\\s+ago$`, 'i');
const RECENT_SPAN_UNIT_AT_END = new RegExp(`(${RECENT_SPAN_UNIT})s?$`, 'i');
const YEAR_TO_DATE_END = new RegExp(`\\b${YEAR_TO_DATE_SOURCE}$`, 'i');

/**
 * A span up to publication as TimeML marks it. The guidelines give "less than a year ago" as the
 * point a year back with `mod` AFTER; "within the past two months" is the duration "the past two
 * months", as "over the past two months" is, "the past week" the duration P1W, and "within the past
 * year" the year before.
 */
function recentSpanAsTimeml(text: string, m: Mention): Mention {
  const published = m.value.slice(m.value.indexOf('/') + 1);
  // "year to date": a DATE of the year it runs in; TimeML's value names no stretch up to now.
  if (YEAR_TO_DATE_END.test(m.text))
    return { ...m, value: published.slice(0, 4), granularity: 'year' };
  const offset = m.offset ?? { amount: -1, unit: 'day' };
  const ago = RECENT_SPAN_AGO.exec(m.text);
  if (ago) {
    const value = moveAnchor(published, offset, UNIT_GRANULARITY[ago[1]!.toLowerCase()]!);
    return { ...m, value, granularity: timexRange(value).granularity, mod: 'AFTER' };
  }
  const words = m.text.replace(/^within\s+/i, '');
  const start = m.end - words.length;
  const span = SPAN_LOOKED_OVER.exec(words);
  const amount = span?.[2] === undefined ? undefined : readNumber(span[2]);
  if (span && amount !== undefined)
    return asDuration(text, m, start, m.end, durationValue(amount, span[3]!));
  const unit = RECENT_SPAN_UNIT_AT_END.exec(words)?.[1]?.toLowerCase() ?? 'day';
  // "the past week", "within the past month": the tuning part holds neither; the guidelines
  // mark a span looked back over as its length, as "the past decade" is P10Y. Only "the past
  // year" is written as the year before, as TimeBank does.
  if (span && (unit === 'week' || unit === 'month'))
    return asDuration(text, m, start, m.end, durationValue(1, unit));
  const value = moveAnchor(published, offset, UNIT_GRANULARITY[unit]!);
  return {
    ...narrowed(text, m, start, m.end),
    value,
    granularity: timexRange(value).granularity,
  };
}

// "a 1990s-era jacket", "the 1990s-style coat": a time inside an adjective of style or era
// places nothing in time, as an age does not.
const ERA_ADJECTIVE = /^-(?:era|style|vintage|type|like)\b/i;
// "She starred in Seven Days": a spelled count with a capitalised unit inside a sentence is a
// title, as "60 Minutes" is to the news reading.
const TITLE_COUNT = new RegExp(`(?:^|\\s)((?:${NUMBER_SOURCE})\\s+)([A-Za-z]+)$`, 'i');
const SENTENCE_START = /(?:^|[.!?]["”’']*\s+|\n\s*)$/;

/** Whether a mention is not a time expression to TimeML: an era adjective or a title. */
function notTimex(text: string, m: Mention): boolean {
  if (ERA_ADJECTIVE.test(text.slice(m.end, m.end + 9))) return true;
  // "eight Central", "ten Eastern": a clock with its region's zone, no title.
  if (m.type === 'TIME') return false;
  const count = TITLE_COUNT.exec(m.text);
  // Spelled only: "0900 GMT" is a clock time with its zone.
  if (!count || /^\d/.test(count[1]!) || !CAPITALISED.test(count[2]!)) return false;
  const start = m.end - count[1]!.length - count[2]!.length;
  return !SENTENCE_START.test(text.slice(0, start));
}

// A part of the day right after a mention ("Christmas morning"), and one in the plural ("Friday
// and Saturday nights").
const PART_AFTER = new RegExp(String.raw`^\s+(${PART_OF_DAY_SOURCE})\b`, 'i');
const PARTS_AFTER = new RegExp(String.raw`^\s+(${PART_OF_DAY_SOURCE})s\b`, 'i');
// A mention that ends on its part of the day: "Wednesday night", "overnight", "the night before".
const PART_ENDING = new RegExp(
  String.raw`(?:^|\s|(?:^|\s)(?:to|over|mid-?))(${PART_OF_DAY_SOURCE})(?:\s+(?:before|after))?$`,
  'i',
);

// A weekday's part of the day written once after the next weekday: "Friday and Saturday nights".
const SHARED_PART_AFTER = new RegExp(
  `^\\s+(?:and|or)\\s+${WEEKDAY_PATTERN}\\s+(${PART_OF_DAY_SOURCE})s\\b`,
  'i',
);

// The patterns of toTimeml's steps below, built once for every mention.
/** "the 1800s" as the news reading gives it, 1800/1899. */
const CENTURY_HUNDREDS = /^(1\d)00\/\1(?=99$)/;
/** "55 years old": an age after a count of years. */
const OLD_AFTER = /^\s+old\b/;
/** A count of thousands of years, P2000Y. */
const MILLENNIA_VALUE = /^P(\d+)000Y$/;
const THOUSAND_YEARS = /\bthousand\s+years\b/i;
const ON_LEAD = /^on\s+/i;
/** "early Tuesday", "later today": words that already hold their lead. */
const EARLY_OR_LATE = /^(?:early|late|earlier|later)\b/i;
/** A clock of the day, T22:00. */
const CLOCK_VALUE = /T\d\d:\d\d$/;
/** PAST_REF, PRESENT_REF, FUTURE_REF. */
const REF_VALUE = /_REF$/;
const PLURAL_UNIT = /s$/i;
const THE_BEFORE = /\bthe\s+$/i;
const EACH_OF_BEFORE = /\beach\s+of\s+$/i;
const AGO_END = /ago$/i;
/** Every Friday (XXXX-WXX-5), every weekday (XXXX-WXX-WD). */
const RECURRING_DAY_VALUE = /^XXXX-WXX-(?:\d|WD)$/;
/** "-99", "/1999" after a winter's first year. */
const SECOND_YEAR_AFTER = /^[-–/]\d{2}(?:\d{2})?\b/;
const WINTER_VALUE = /^\d{4}-WI$/;
const THE_YEAR_BEFORE = /\bthe\s+year\s+$/i;
const FOUR_FIGURES = /^\d{4}$/;
/** "5th of", "Fourth of": a day named by its ordinal. */
const ORDINAL_OF = /^(?:\d{1,2}|[a-z]+)(?:st|nd|rd|th)\s+of\s/i;

/**
 * What TimeML makes of a mention by its value or words alone, before its extent: `marked`
 * (undefined where TimeML does not mark it), or undefined where the extent's rules decide.
 */
function markedWhole(text: string, mention: Mention): { marked: Mention | undefined } | undefined {
  if (notTimex(text, mention)) return { marked: undefined };
  // "the 1800s": a year's hundreds with an s, the news reading's hundred years (1800/1899), is
  // the century (18).
  if (CENTURY_HUNDREDS.test(mention.value))
    return { marked: { ...mention, value: mention.value.slice(0, 2) } };
  // "the 2025/26 marketing year": a year across two is written by its first, as a school year is.
  const first = firstOfYearsAcrossTwo(mention.value);
  if (first) return { marked: { ...mention, value: first, granularity: 'year' } };
  if (mention.type === 'DATE' && mention.value.includes('/'))
    return { marked: recentSpanAsTimeml(text, mention) };
  if (NOT_TIMEX.test(mention.text) || rateNotTimex(text, mention)) return { marked: undefined };
  // "employees 55 years old": an age, as "a 6-year-old boy" is.
  if (mention.type === 'DURATION' && OLD_AFTER.test(text.slice(mention.end, mention.end + 5)))
    return { marked: undefined };
  // "several years ago": TimeML marks an uncounted time back as the past, PAST_REF.
  if (UNCOUNTED_AGO.test(mention.text))
    return { marked: { ...mention, value: 'PAST_REF', granularity: 'span', mod: undefined } };
  return undefined;
}

/** "two thousand years": the guidelines' unit for thousands of years is the millennium (P2L). */
function inMillennia(m: Mention): Mention {
  const millennia = MILLENNIA_VALUE.exec(m.value);
  return m.type === 'DURATION' && millennia && THOUSAND_YEARS.test(m.text)
    ? { ...m, value: `P${millennia[1]}L` }
    : m;
}

/**
 * "the past two months": the duration's extent takes in the words before the count. Only before
 * the count itself, and not the verb "last" ("will last over a week", "to last three weeks").
 */
function withSpanLead(text: string, m: Mention): Mention {
  if (m.type !== 'DURATION' || PRENOMINAL.test(m.text) || !OPENS_WITH_COUNT.test(`${m.text} `))
    return m;
  // Wide enough for a "last" joined by "and" to its plan ("will begin at midnight on Friday
  // and last 48 hours").
  const before = text.slice(Math.max(0, m.start - 120), m.start);
  const lead = LAST_VERB_BEFORE.test(before) ? null : SPAN_LEAD.exec(before.slice(-20));
  return lead ? narrowed(text, m, m.start - lead[0].length, m.end) : m;
}

/** A named day with the part of the day written before it, as TIME: "overnight Tuesday". */
function partOfDayBefore(text: string, m: Mention): Mention | undefined {
  // "Drones struck overnight Tuesday", "overnight on Tuesday": the night of the day, as "Tuesday
  // night" is (the news reading gives the day).
  const on = ON_LEAD.exec(m.text)?.[0].length ?? 0;
  const overnight = overnightBeforeDay(text, m.start + on, m.end);
  if (overnight !== undefined && isDayValue(m.value) && NAMED_DAY.test(m.text.slice(on)))
    return { ...narrowed(text, m, overnight, m.end), type: 'TIME', value: `${m.value}TNI` };
  const partBefore = PART_BEFORE_DAY.exec(text.slice(Math.max(0, m.start - 20), m.start));
  const partStart = m.start - (partBefore?.[0].length ?? 0);
  const owned = PART_OWNER.test(text.slice(Math.max(0, partStart - 12), partStart));
  if (partBefore && !owned && isDayValue(m.value) && NAMED_DAY.test(m.text)) {
    const value = `${m.value}T${PART_OF_DAY[partBefore[1]!.toLowerCase()]!}`;
    return { ...narrowed(text, m, partStart, m.end), type: 'TIME', value };
  }
  return undefined;
}

/** "early Tuesday", "late yesterday": a day's extent takes in the word before it (DAY_LEAD). */
function withDayLead(text: string, m: Mention): Mention {
  if (!isDayValue(m.value) || EARLY_OR_LATE.test(m.text)) return m;
  const lead = DAY_LEAD.exec(text.slice(Math.max(0, m.start - 20), m.start));
  return lead ? narrowed(text, m, m.start - lead[0].length, m.end) : m;
}

/** A clock of the day ("at twenty-two hundred hours", T22:00), which is no span or count. */
function isClockOfDay(m: Mention): boolean {
  return m.type === 'TIME' && CLOCK_VALUE.test(m.value);
}

/** A stretch looked ahead over or back over as the DURATION TimeML marks: "the past two months". */
function spanAsDuration(text: string, m: Mention): Mention | undefined {
  // "in the weeks ahead", "the months ahead": an uncounted stretch looked ahead over.
  const aheadWords = m.text.replace(LEADING, '');
  const ahead = m.value === 'FUTURE_REF' ? spanAheadValue(aheadWords) : undefined;
  if (ahead) return asDuration(text, m, m.end - aheadWords.length, m.end, ahead);
  const span = SPAN_LOOKED_OVER.exec(m.text.replace(LEADING, ''));
  // "the next couple of years" counts two.
  const counted = span?.[2] ?? (span?.[1]?.toLowerCase() === 'couple of' ? 'two' : undefined);
  if (
    !span ||
    isClockOfDay(m) ||
    (m.type === 'DATE' && !REF_VALUE.test(m.value) && counted === undefined)
  )
    return undefined;
  const lead = LEADING.exec(m.text)?.[0].length ?? 0;
  const amount = counted === undefined ? undefined : readNumber(counted);
  const value = durationValue(amount ?? 1, span[3]!);
  // "the past decade" is one; "the past few years", "recent months" are a number unknown.
  const one = span[1] === undefined && !PLURAL_UNIT.test(span[3]!);
  const uncounted = amount === undefined && !one ? value.replace(COUNT, 'X') : value;
  // The article before the span is in it: "the next couple of years".
  const article = lead === 0 && THE_BEFORE.exec(text.slice(Math.max(0, m.start - 4), m.start));
  const opening = article ? m.start - article[0].length : m.start + lead;
  // "declines in each of the past three years": TimeBank marks the span with "each of".
  const each = EACH_OF_BEFORE.exec(text.slice(Math.max(0, opening - 10), opening));
  const start = each ? opening - each[0].length : opening;
  return asDuration(text, m, start, m.end, uncounted);
}

/** The mention without its leading preposition or trailing bound (LEADING, TRAILING). */
function withoutLeadOrTrail(text: string, m: Mention): Mention {
  const lead = LEADING.exec(m.text)?.[0].length ?? 0;
  const trail = TRAILING.exec(m.text)?.[0].length ?? 0;
  return lead > 0 || trail > 0 ? narrowed(text, m, m.start + lead, m.end - trail) : m;
}

/** An anchored count ("two days later"): only the count of units is the expression, a duration. */
function anchoredCount(text: string, m: Mention): Mention | undefined {
  if (
    (m.offset === undefined && m.type !== 'DATE' && m.type !== 'TIME') ||
    REF_VALUE.test(m.value) ||
    isClockOfDay(m)
  )
    return undefined;
  const tail = COUNT_TAIL.exec(m.text);
  const value = countedDuration(m.text);
  if (value === undefined || AGO_END.test(m.text) || yearAgoComparison(text, m)) return undefined;
  return asDuration(text, m, m.start, tail ? m.end - tail[0].length : m.end, value);
}

/**
 * The mention with the words TimeML marks with it after or before it: a recurring day's part of
 * the day, a winter's second year, "the year" before a year; undefined where none of them is.
 */
function widenedExtent(text: string, m: Mention): Mention | undefined {
  // "every Friday morning", "every weekday morning": a recurring day with its part of the day, as
  // "Tuesday nights" is.
  const partAfter = PART_AFTER.exec(text.slice(m.end, m.end + 11));
  if (partAfter && m.type === 'SET' && RECURRING_DAY_VALUE.test(m.value)) {
    const value = `${m.value}T${PART_OF_DAY[partAfter[1]!.toLowerCase()]!}`;
    return { ...narrowed(text, m, m.start, m.end + partAfter[0].length), value };
  }
  // "the winter of 1998-99": a winter named by both its years is one expression of the first.
  const secondYear = SECOND_YEAR_AFTER.exec(text.slice(m.end, m.end + 6));
  if (secondYear && WINTER_VALUE.test(m.value))
    return narrowed(text, m, m.start, m.end + secondYear[0].length);
  // "the year 2000": the words naming the year are in its extent.
  const yearWords = THE_YEAR_BEFORE.exec(text.slice(Math.max(0, m.start - 10), m.start));
  if (yearWords && FOUR_FIGURES.test(m.text))
    return narrowed(text, m, m.start - yearWords[0].length, m.end);
  return undefined;
}

/** "the 5th of January", "the Fourth of July": the article is part of a day named by its ordinal. */
function withOrdinalArticle(text: string, m: Mention): Mention {
  const article = THE_BEFORE.exec(text.slice(Math.max(0, m.start - 4), m.start));
  return article && ORDINAL_OF.test(m.text)
    ? narrowed(text, m, m.start - article[0].length, m.end)
    : m;
}

/** A day with the part of the day after it or in its words, as TIME; else the mention as it is. */
function withPartOfDayAfter(text: string, m: Mention): Mention {
  // "Storms hit the coast Friday and Saturday nights": two days gone by (the news reading gives
  // each its day) share the part of the day written once after the second, which takes the word.
  const shared = SHARED_PART_AFTER.exec(text.slice(m.end, m.end + 40));
  const plural = PARTS_AFTER.exec(text.slice(m.end, m.end + 12));
  const second = plural && WEEKDAY_AND_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start));
  if ((shared || second) && m.type === 'DATE' && isDayValue(m.value)) {
    const value = `${m.value}T${PART_OF_DAY[(shared ?? plural)![1]!.toLowerCase()]!}`;
    const end = second ? m.end + plural[0].length : m.end;
    return { ...narrowed(text, m, m.start, end), type: 'TIME', value };
  }
  // "Christmas morning", "Jan. 5 evening": a day and the part of it after it, as TIME.
  const partAfter = PART_AFTER.exec(text.slice(m.end, m.end + 11));
  if (partAfter && m.type === 'DATE' && isDayValue(m.value)) {
    const value = `${m.value}T${PART_OF_DAY[partAfter[1]!.toLowerCase()]!}`;
    return { ...narrowed(text, m, m.start, m.end + partAfter[0].length), type: 'TIME', value };
  }
  // "Wednesday night", "tonight", "late tonight", "overnight", "the night before", "the morning
  // after", "(in) afternoon (trading)": the day and the part of it, as TIME.
  const part = PART_ENDING.exec(m.text);
  if (part && isDayValue(m.value)) {
    return { ...m, type: 'TIME', value: `${m.value}T${PART_OF_DAY[part[1]!.toLowerCase()]!}` };
  }
  // "by dusk", "at dawn": the part of the day the sun word falls in, as TIME.
  const sun = sunPartOfDay(m.text);
  if (sun && isDayValue(m.value)) return { ...m, type: 'TIME', value: `${m.value}T${sun}` };
  return m;
}

/** One news mention as TimeML marks it, or undefined when TimeML does not mark it. */
function toTimeml(text: string, mention: Mention): Mention | undefined {
  const whole = markedWhole(text, mention);
  if (whole) return whole.marked;
  let m = withSpanLead(text, inMillennia(mention));
  const partBefore = partOfDayBefore(text, m);
  if (partBefore) return partBefore;
  m = withDayLead(text, m);
  const span = spanAsDuration(text, m);
  if (span) return span;
  m = withoutLeadOrTrail(text, m);
  return (
    anchoredCount(text, m) ??
    widenedExtent(text, m) ??
    withPartOfDayAfter(text, withOrdinalArticle(text, m))
  );
}

/**
 * The temporal expressions of a text as TimeML (TIDES guidelines, as the TempEval-3 data applies
 * them) marks them: the readings of `findSeparateMentions` (a range's ends apart), with TimeML's
 * extents (no leading preposition or bound), the count in "two days later" as a DURATION, parts of
 * day as `TMO`, `TAF`, `TEV`, `TNI`.
 *
 * @example
 * findTimemlMentions('He left on Wednesday night.', { published: '2000-01-07', locale: 'en-US' })
 * // [{ text: 'Wednesday night', type: 'TIME', value: '2000-01-05TNI', … }]
 */
export function findTimemlMentions(text: string, options: FindOptions): Mention[] {
  const read = findSeparateMentions(text, { ...options, timeml: true }).flatMap((m) => {
    const timeml = toTimeml(text, m);
    return timeml ? [midnightOfYearTurn(withCountModifier(text, timeml))] : [];
  });
  // A TimeML-only expression replaces the mentions it takes in ("the year" of "the year ended
  // March 31") and gives way to any it only overlaps.
  const only = outsideQuotedTitles(text, findTimemlOnlyMentions(text, options.published)).filter(
    (o) =>
      read.every(
        (m) => m.end <= o.start || m.start >= o.end || (m.start >= o.start && m.end <= o.end),
      ),
  );
  const kept = read.filter((m) => only.every((o) => m.start >= o.end || m.end <= o.start));
  const sorted = [...kept, ...only].sort((a, b) => a.start - b.start);
  return placeResumedDay(
    text,
    joinMinutesToMidnight(
      text,
      joinTimesToDays(
        text,
        joinWeekdayToMidnightDeadline(
          text,
          joinWeekdayToHoliday(text, joinDayNeighbour(text, joinWeekendToDays(text, sorted))),
          { published: options.published, timeml: true },
        ),
      ),
    ),
    options.published,
  );
}
