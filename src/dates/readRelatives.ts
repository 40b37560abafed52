import { isNoTomorrow } from './noTomorrow.ts';
import type { Granularity, TimexMod } from '../model/temporal.ts';
import { ALLOWANCE_VERB, ALLOWED_FOR_AFTER, GRANTING_VERB } from './allowanceVerb.ts';
import { SERVING_VERB } from './servingVerb.ts';
import { LENGTH_BOUND } from './lengthBound.ts';
import { LASTING_VERB } from './lastingVerb.ts';
import type { Offset, OffsetUnit } from '../model/mention.ts';
import { isDayWordTitle } from './dayWordTitle.ts';
import { isGenericToday, isTodayNowadays } from './genericToday.ts';
import { DELAY_MEASURE_BEFORE } from './delayMeasureBefore.ts';
import { isLengthAfterIn } from './isLengthAfterIn.ts';
import { isTimeOfDoingAfterIn } from './isTimeOfDoingAfterIn.ts';
import { yearlyRateAt } from './yearlyRateAt.ts';
import { paidPerUnitAt } from './paidPerUnitAt.ts';
import { claimedWords } from './claimedWords.ts';
import { MONTH_WORD_LOOSE_SOURCE } from './monthNames.ts';
import { HOUR_WORD_SOURCE } from './spokenClock.ts';
import { moveAnchor } from './moveAnchor.ts';
import { nightJustGone } from './nightJustGone.ts';
import { NIGHT_WITHIN_SOURCE, nightIsTitle } from './nightWithin.ts';
import { ORDINAL_AFTER_FIRST_SOURCE } from './ordinalsAfterFirst.ts';
import { shiftTimex } from './shiftTimex.ts';
import { frontedEventToCome, saidAfterQuote } from './saidAfterQuote.ts';
import { countFromEventAhead } from './countFromEventAhead.ts';
import { sentenceAt, sentenceStartAt } from './sentenceEnds.ts';
import { tenseAround } from './tenseAround.ts';
import { countRangeBefore } from './countRangeBefore.ts';
import { isRegimenInterval } from './isRegimenInterval.ts';
import { BARE_SUN_PART, sunPartOfDay } from './sunPartOfDay.ts';
import { BARE_MEAL_TIME } from './bareMealTime.ts';
import { BARE_DAY_PART } from './bareDayPart.ts';
import {
  isPlaceAfterPart,
  PLACE_AFTER_PART_SOURCE,
  placeAfterPartLength,
} from './placeAfterPart.ts';
import { MODALS } from './modals.ts';
import { APPROXIMATOR } from './readDurations.ts';
import { NUMBER_SOURCE, readNumber } from './readNumber.ts';
import type { Anchor, Pass, Reading, ReadingContext } from './Reading.ts';
import { timexRange } from './timexRange.ts';
import { WEEKDAY_PATTERN } from './weekdayNames.ts';
import { isQuarterValue } from './valueShape.ts';
import { yearAgoOfMonth } from './yearAgoOfMonth.ts';
import { PART_OF_DAY_BUT_NIGHT_SOURCE, PART_OF_DAY_SOURCE } from './partOfDay.ts';
import { CAPITALISED } from './capitalised.ts';

type Direction = 'ago' | 'in' | 'later' | 'earlier' | 'before' | 'after';

/** Whole calendar units for a count of `unit`s; hours fold into days, minutes into none. */
function toOffset(amount: number, unit: string): { offset: Offset; granularity: Granularity } {
  const u = unit.toLowerCase().replace(/s$/, '').replace('centurie', 'century');
  // "a fortnight ago": two weeks; "a century ago": a hundred years.
  if (u === 'fortnight') return toOffset(amount * 2, 'week');
  if (u === 'century') return toOffset(amount * 100, 'year');
  if (u === 'hour' || u === 'minute' || u === 'moment') {
    const days = u === 'hour' ? Math.floor(amount / 24) : 0;
    return { offset: { amount: days, unit: 'day' }, granularity: 'day' };
  }
  const calendarUnit = (u === 'decade' ? 'year' : u) as OffsetUnit;
  return {
    offset: { amount: u === 'decade' ? amount * 10 : amount, unit: calendarUnit },
    granularity:
      calendarUnit === 'week'
        ? 'week'
        : calendarUnit === 'month'
          ? 'month'
          : calendarUnit === 'year'
            ? 'year'
            : 'day',
  };
}

const COUNT_UNITS = `(${NUMBER_SOURCE})[- ](minute|hour|day|week|fortnight|month|year|decade|century|centuries)s?\\b`;
// "a week or so ago", "a month or so later": the approximator between the count and its direction
// word leaves the count's date, roughly (TIMEX APPROX).
const OR_SO = '(\\s+or\\s+so)?';
/**
 * The words after a count of units that count it from another time than publication: "two days
 * later", "a week before".
 */
export const FROM_ANOTHER_TIME = 'later|earlier|afterwards|before|after|prior to';
// "three weeks later than expected", "a year earlier than planned": how far a thing slipped, a
// length (readDurations), not a date counted from another: COUNTED and UNCOUNTED stop before
// "than".
// A length and "over" ending the words before a count ("11 hours over", "two weeks over").
const LENGTH_OVER_BEFORE = new RegExp(
  `\\b(?:${NUMBER_SOURCE})\\s+(?:minute|hour|day|week|month|year)s?\\s+over\\s+$`,
  'i',
);
// "testified for two days earlier this month", "spent a week there later this year": "earlier" or
// "later" before a time named from now ("this month", "last year", "today") is that time's word
// (readPeriods reads "earlier this month"), and the count before it a length, not a date. Not
// before "next" or "tomorrow": "held two days earlier next month" moves a date set in that month.
const DEICTIC_AFTER_SHIFT = `\\s+(?:(?:this|last)\\s+(?:${PART_OF_DAY_BUT_NIGHT_SOURCE}|week|weekend|month|year|season|spring|summer|autumn|fall|winter|quarter|decade)|today|tonight|yesterday)\\b`;
const COUNTED = new RegExp(
  `\\b(?:(in|within the next)\\s+${COUNT_UNITS}(?:['’]s?\\s+time\\b)?(?!(?:\\s+or\\s+so)?\\s+(?:ago|later|earlier|before|after|of)\\b)|${COUNT_UNITS}${OR_SO}\\s+(ago|from now|${FROM_ANOTHER_TIME})\\b(?!\\s+than\\b)(?<!\\b(?:later|earlier)(?=${DEICTIC_AFTER_SHIFT})))`,
  'gi',
);
// "two weekends ago": weekends counted back from publication, each the weekend closing its ISO
// week, as "the weekend" and "last weekend" are (readPeriods): "last weekend" is one weekend ago.
const WEEKENDS_AGO = new RegExp(`\\b(${NUMBER_SOURCE})\\s+weekends?\\s+ago\\b`, 'gi');
// "Minutes later", "hours later": the same day as what came before.
const WITHIN_DAY =
  /\b(?:(?:a few |several |some )?(?:minutes|moments|hours) (?:later|earlier|afterwards|(?:after|before)(?= +[^\d\s]))|shortly (?:after(?:wards)?|before)(?= *[,.;])|(?:earlier|later) (?:in|on) (?:the|that) day|later that day|earlier that day|the same day|that (?:same )?day)\b/gi;
/** The units counted without a number ("days later", "decades ago"), plural. */
export const UNCOUNTED_UNITS = 'days|weeks|months|years|decades';
// "Days later", "weeks after the vote": an uncounted number of units on from the mention before,
// which says no more than "after it" (TIMEX AFTER) at the coarser of its precision and the unit's.
// "Eight trading days after Oct. 12", "12 consecutive months before the fall", "18 difficult
// months before the crash": units after a count, with or without a word between, are counted
// (readDurations), not this.
const UNCOUNTED = new RegExp(
  `\\b(?<!\\b(?!(?:an?|single)\\s)${NUMBER_SOURCE}\\s+(?:[a-z]+\\s+)?)(?:(?:a few|several|some|many) )?(${UNCOUNTED_UNITS}) (later|afterwards|earlier|(?:after|before)(?= +[^\\d\\s]))(?!\\s+than\\b)`,
  'gi',
);
// UNCOUNTED's direction back ("days earlier", "weeks before the vote"), and the one told from an
// event named after it ("weeks before the vote", "months after the fall").
const UNCOUNTED_BACK = /^(?:earlier|before)$/i;
const UNCOUNTED_FROM_EVENT = /^(?:before|after)$/i;
// "several years ago", "a few weeks ago", "just months ago": no count to go back by, so the
// publication date at the unit's precision, before it (TIMEX BEFORE), as "days earlier" is.
// Every calendar unit: "decades ago" is the past at a year's precision, as "years ago" is.
const UNCOUNTED_AGO = new RegExp(
  `\\b(?:(?:a few|several|some|many)\\s+)?(${UNCOUNTED_UNITS})\\s+ago\\b`,
  'gi',
);
// "66 million years ago", "about 4.5 billion years ago", "millions of years ago", "2,000 years
// ago", "2,500 years earlier": a time back before year 100, which no calendar year here names, is
// the past (PAST_REF), the whole count with its approximator (those of a length, readDurations),
// not "years ago" or a year counted through year 0. "2,000 years earlier than thought" is how far
// a date moved, a length, as COUNTED stops before "than".
const DEEP_AGO = new RegExp(
  `\\b(?:(?:${APPROXIMATOR}|an estimated)\\s+)?(?:(${NUMBER_SOURCE})(?:[- ](thousand|million|billion))?|(?:hundreds of |tens of )?(?:thousands|millions|billions) of)[- ]years?\\s+(?:ago|earlier|before)\\b(?!\\s+than\\b)`,
  'gi',
);
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
// "The truce held for 72 hours before fighting resumed", "waited three hours before calling": after
// "for" or a verb of lasting the count is how long something went on, a length (readDurations),
// not the day of what came before or after it. "scheduled for two days before the election" sets a
// time: there "for" is the plan's. So is a count after a verb of having it ("Graduates have six
// months before they must repay"): the time allowed. So is a count after a verb of serving a
// term (`SERVING_VERB`: "He served 11 years before he was freed"): the time served. A bound may
// stand between (`LENGTH_BOUND`: "for up to a week", "serve a minimum of 22 years").
const LASTED = new RegExp(
  `\\b(?:(?<!\\b(?:scheduled|set|planned|slated|due|timed|fixed|booked|rescheduled|moved|postponed|delayed|called)\\s+)for|${LASTING_VERB}|${ALLOWANCE_VERB}|${SERVING_VERB})\\s+${LENGTH_BOUND}$`,
  'i',
);
// "Tenants were given 60 days after the sale to move out": a count after a verb of giving is the
// time allowed when what it is allowed for follows (ALLOWED_FOR_AFTER).
const GRANTED = new RegExp(`\\b(?:${GRANTING_VERB})\\s+${LENGTH_BOUND}$`, 'i');
// "It comes 48 hours before the deadline": a present-tense head verb counts from now (the
// publication date), not from the date mentioned before. Any present head counts, not only the
// verbs of schedule of SCHEDULE_VERB_BEFORE, with which it shares a few words by their tense.
const PRESENT_HEAD =
  /\b(?:comes|come|is|are|arrives|arrive|falls|fall|lands|land|happens|expires|ends|begins|starts)\s+(?:just |only |about |some |roughly |nearly |barely |less than |more than )?$/i;
// "Ten days after the election, the results are still not known": a sentence told in the
// present is set at publication, so the event noun is counted back from it, not from a day named
// in an earlier sentence. A main clause told in the past ("officials announced that the results
// are final") keeps the story's day.
const PRESENT_VERB =
  /\b(?:is|are|remains?|has|have|stays?|seems?|appears?|continues?|isn['’]t|aren['’]t|hasn['’]t|haven['’]t)\b/i;

/**
 * Whether the main clause of the sentence that "N days after <noun>" stands in is in the present:
 * the clause after its comma when the phrase opens the sentence, else the words before it, must
 * hold a present verb, and the sentence's tense (tenseAround, which reads past verbs, "said"
 * among them, better than a list here could) must not be past. tenseAround has no present of its
 * own ("unknown" is also a clause with no verb), hence the present verb.
 */
function presentClause(text: string, start: number, end: number): boolean {
  const lead = /[^.!?;]*$/.exec(text.slice(Math.max(0, start - 200), start))![0];
  const rest = /^[^.!?;]*/.exec(text.slice(end, end + 200))![0];
  const clause = /^[\s"“]*$/.test(lead) ? /,(.*)$/s.exec(rest)?.[1] : lead;
  return (
    clause !== undefined && PRESENT_VERB.test(clause) && tenseAround(text, start, end) !== 'past'
  );
}

/**
 * How far a neighbouring word moves from the time last named: one on, one back, or none ("that",
 * "the same").
 */
const STEP: Record<string, number> = {
  following: 1,
  next: 1,
  after: 1,
  previous: -1,
  prior: -1,
  preceding: -1,
  before: -1,
};
const NEIGHBOUR =
  /\b(?:the (following|next|previous|prior|preceding) (day|week|month|year)|the (day|week|month|year) (before|after)(?!\s+(?:\w+day|next|last|that)\b)|(that|the same) (week|month|year))\b/gi;
// "within the next month", "in the next week", "over the next year": a span looked ahead to from
// now when the clause does not tell of the past ("The next month, he left" is the month after the
// one last named).
const WITHIN_BEFORE = /\b(?:within|in|over|during)\s+$/i;
// "the week before last", "the month after next": two units from publication.
const TWO_OVER = /\bthe (week|month|year) (before last|after next)\b/gi;
// "the next morning", "that night", "later that evening", "the night before": a part of the
// day before, on or after the day mentioned before it, as "the next day" is.
const PART_NEIGHBOUR = new RegExp(
  String.raw`\b(?:the (following|next|previous|prior|preceding) (?:${PART_OF_DAY_SOURCE})|(?:(?:earlier|later) )?(?:that(?: same)?|the same) (?:${PART_OF_DAY_SOURCE})(?!\s+(?:of|in|at|when|that|as|before|after)\b)|(?:earlier|later) (?:in|on) the (?:${PART_OF_DAY_SOURCE})(?:\b)(?!\s+of\b)|the (?:${PART_OF_DAY_SOURCE}) (before|after)(?=\s*[,.;]))\b`,
  'gi',
);
// "talks ran late into the night", "worked through the night", "Power was restored during the
// night" (`NIGHT_WITHIN_SOURCE`), "spent the afternoon debating the bill", "By late afternoon",
// "recovered by midafternoon" (the market pages write "midmorning" and "midafternoon" closed up),
// "was off 310 points by midafternoon in Tokyo" (a place after it, PLACE_AFTER_PART_SOURCE),
// "was due to speak in the evening", "a result is not expected until the afternoon": a part of the
// day with no day of its own, on the day the story is on (as "later in the evening" is). A present
// "spend" only after a modal or "to" ("will spend the evening"): "Homeless people spend the night
// in the station" is a habit. Not a night told by what happened in it ("the night the dam broke",
// "the night of the blast"), a shift, or a habit ("likes to read in the evening": only a clause
// with a tense takes "in the evening").
const BARE_PART = new RegExp(
  String.raw`(?<=\b(?:into|through|throughout|spent|spending|(?:will|['’]ll|to|would|could|might|may|must|shall) spend) )the (?:${PART_OF_DAY_SOURCE})(?![\w'’-]|\s+(?:of|shifts?|before|after|when|that|which|sky)\b|\s+(?:on\s+)?(?:\w+day|yesterday|today|tomorrow|new year|christmas|easter|${MONTH_WORD_LOOSE_SOURCE}\s+\d|\d)\b)|(?<=\b(?:by|until|till|from|in|at) )(?:(the )?(late|early|mid-?)\s?(?:${PART_OF_DAY_BUT_NIGHT_SOURCE})(?=\s*(?:[,.;:)]|$)|\s+(?:the|a|an|his|her|its|their|it|he|she|they|we|police|officials|and|but|as|when)\b|${PLACE_AFTER_PART_SOURCE}))|(?<=\b(?:in|until|till|by) )(the (?:${PART_OF_DAY_BUT_NIGHT_SOURCE}))(?=\s*[,.;])|${NIGHT_WITHIN_SOURCE}`,
  'gi',
);
// The "at" a bare part of the day may follow ("At midafternoon, the Dow was down").
const AT_BEFORE = /\bat $/i;
// A habit told before a sun word: "used to", "every day", "usually".
const HABIT_BEFORE =
  /\b(?:used to|every|each|always|usually|often|daily|nightly|routinely|typically|normally)\b/i;

/** Whether `before`, the sentence up to a word, leaves a quotation open. */
function insideQuote(before: string): boolean {
  return (
    (before.match(/"/g)?.length ?? 0) % 2 === 1 || before.lastIndexOf('“') > before.lastIndexOf('”')
  );
}

// A modal before a sun word that is not a deadline ("will resume at dawn").
const MODAL_BEFORE = new RegExp(`\\b(?:${MODALS}|going to|due to|set to|expected to)\\b`, 'i');
// "in afternoon trading", "in late afternoon trading", "in morning trade": a market's part of the
// day, on the day the story is on (as BARE_PART is), its start or end after "early" or "late";
// not with a day right after it ("in morning trading Tuesday").
const TRADING_PART = new RegExp(
  String.raw`(?<=\bin )(?:(late|early|mid-?)\s?)?(?:${PART_OF_DAY_BUT_NIGHT_SOURCE})(?=\s+(?:trad(?:e|ing)|deals|dealings)\b(?!\s+(?:on\s+)?(?:\w+day|yesterday|today)\b))`,
  'gi',
);
// A night the last part of the day told in the words before ("fell overnight and …").
const NIGHT_LAST = new RegExp(
  String.raw`\b(?:overnight|night)\b(?![^]*\b(?:${PART_OF_DAY_BUT_NIGHT_SOURCE}|day)\b)[^]*$`,
  'i',
);
// "By mid-afternoon", "until early morning", "in the late evening": the middle, start or end of
// that part of the day.
const PART_MOD: Record<string, TimexMod> = {
  mid: 'MID',
  'mid-': 'MID',
  early: 'START',
  late: 'END',
};
// "four in the morning", "eight o'clock Pacific in the evening": the part of the day is the
// clock's (a zone word may stand between).
const CLOCK_BEFORE_IN = new RegExp(
  `(?:\\d|\\b(?:${HOUR_WORD_SOURCE}|o['’]clock|noon|midnight|midday))(?:\\s+[a-z]+(?:\\s+time)?)?\\s+in\\s+$`,
  'i',
);
// "Earlier today", "later tonight", "later this morning": the day itself, the word before in the
// expression as in "earlier this week" (a day has no part before or after it to name).
const DEICTIC_DAY = new RegExp(
  String.raw`\b(?:the day (before yesterday|after tomorrow)|(yesterday|tomorrow)\s+(?:${PART_OF_DAY_SOURCE})|(?:(?:earlier|later)\s+(?=today|tonight|this\s))?(today|tonight|this (?:${PART_OF_DAY_BUT_NIGHT_SOURCE})|yesterday|last (?:night|evening)|tomorrow))\b`,
  'gi',
);
// "the first time in five years": a span looked back over, not a date. Not when a modal follows
// the word: "The first shipments will arrive in two weeks", "Most schools will reopen in two
// weeks" tell a plan, its count a date ahead ("It will be the first time in five years" keeps the
// span, its modal before the word). The modal must be the main clause's: a clause with its own
// subject inside the word's phrase ("the first time the company could post a profit in five
// years", "the only quarter that the bank would lose money") keeps the span. A subject's word is
// "the", "a", a pronoun or "that", "which", "who", "when" not after a preposition ("Most schools in
// the county should reopen" has its modal in the main clause).
const SUBJECT_WORD = String.raw`(?:the|a|an|it|he|she|they|we|i|you|its|their|his|her|our|that|which|who|when)\b`;
const PHRASE_GAP = String.raw`(?:\s+(?!${SUBJECT_WORD})[\w'’,-]+|\s+(?:in|on|at|of|for|from|across|with|by|to|near)\s+${SUBJECT_WORD})*?`;
const SPAN_CONTEXT = new RegExp(
  String.raw`\b(?:first|highest|lowest|biggest|largest|smallest|worst|best|most|least|fastest|slowest|only|once)\b(?!${PHRASE_GAP}\s+(?:will|would|could|should|might|must|shall|won['’]t)\b|${PHRASE_GAP}['’]ll\b)[^.;]*$`,
  'i',
);
// "the third fire in two months", "its 2nd loss in four days": a count of happenings over a span,
// the ordinal right before its noun ("the second round will be held in two weeks" is a date).
const ORDINAL_SPAN = new RegExp(
  `\\b(?:${ORDINAL_AFTER_FIRST_SOURCE}|\\d+(?:st|nd|rd|th))\\s+[\\w-]+\\s+$`,
  'i',
);
// "Yeltsin fired his premier Monday, the fourth in 17 months", "It was the second such attack in a
// week", "the third president to fall in three years", "the second attack on a U.S. warship in
// six months": an ordinal set beside what it counts, after a comma or a verb of being, counts
// over the span with its noun, what it did and where, as many words as they take. Not with a
// modal, a verb of being or of a plan among them ("…, the second round is due in two weeks"): a
// date ahead.
const ORDINAL_TOLD = new RegExp(
  String.raw`(?:,|\b(?:is|was|were|are|been|became|becomes|marked|marks))\s+(?:the|its|his|her|their)\s+` +
    String.raw`(?:${ORDINAL_AFTER_FIRST_SOURCE}|\d+(?:st|nd|rd|th))` +
    String.raw`(?:\s+(?!(?:${MODALS}|is|are|was|were|be|been|due|set|expected|scheduled|slated|planned|comes?|follows?|begins?|starts?|opens?|and|but|or|who|which|that)\b)[\w.'’-]+){0,7}\s+$`,
  'i',
);
// A phrase fronted before its clause ("Under the agreement, the third installment of aid flows to
// Belgrade in two weeks", "After Sunday's vote, the second round takes place in two weeks"): its
// comma opens the clause's subject, not an ordinal set beside a deed told before it.
const FRONTED_PHRASE =
  /^\s*(?:under|after|before|with|without|once|when|if|as|in|on|by|from|following|since|until|upon|at|for)\b[^,]*,$/i;

/**
 * Whether the words before a count at `at` set an ordinal beside what it counts (ORDINAL_TOLD),
 * its comma not the one that closes a phrase fronted before the sentence's clause.
 */
function isOrdinalTold(text: string, at: number): boolean {
  const from = Math.max(0, at - 60);
  const told = ORDINAL_TOLD.exec(text.slice(from, at));
  if (!told) return false;
  if (!told[0].startsWith(',')) return true;
  const comma = from + told.index + 1;
  return !FRONTED_PHRASE.test(text.slice(sentenceStartAt(text, comma), comma));
}

/** The calendar unit of an uncounted plural ("days", "decades"): decades are read as years. */
function uncountedUnit(plural: string): OffsetUnit {
  const unit = plural.toLowerCase().replace(/s$/, '');
  return (unit === 'decade' ? 'year' : unit) as OffsetUnit;
}

const SIGN: Record<Direction, number> = {
  ago: -1,
  in: 1,
  later: 1,
  earlier: -1,
  before: -1,
  after: 1,
};

/** Relative words at [start, end) as `reading` reads them. */
interface RelativeWords {
  start: number;
  end: number;
  /** Counted from the mention before rather than from publication. */
  anaphoric: boolean;
  offset: Offset;
  granularity: Granularity;
  /** "eight months before the invasion": the offset is how the anchor stands to the noun's date. */
  byNoun?: boolean;
  mod?: TimexMod | undefined;
  /** A count of units ("a year earlier"), compared like with like with a quarter or month. */
  counted?: boolean;
  /** From the day the story is on ("that night", "two days later"). */
  fromDay?: boolean;
  /** Dated from an event named after the words; by default as `byNoun`. */
  fromEvent?: boolean;
}

// A half year's value ("2021-H1").
const HALF_VALUE = /^\d{4}-H[12]$/;

/** The anchor moved as `move` says, at the granularity of the relative words. */
function movedAnchor(words: RelativeWords, anchor: Anchor, move: Offset) {
  const { offset, granularity, mod, counted = false } = words;
  // "a year earlier" after "the third quarter" or "June 2021" compares like with like: the
  // same quarter or month a year before, not the whole year.
  const like =
    counted &&
    offset.unit === 'year' &&
    (['month', 'quarter', 'season'].includes(timexRange(anchor.value).granularity) ||
      HALF_VALUE.test(anchor.value));
  const value = like ? shiftTimex(anchor.value, move) : moveAnchor(anchor.value, move, granularity);
  return {
    type: 'DATE' as const,
    value,
    // A coarser anchor keeps its own precision ("two days later" after "in 2019" is 2019).
    granularity: timexRange(value).granularity,
    ...(mod && { mod }),
    anchor: anchor.source,
    ...(offset.amount !== 0 && { offset }),
  };
}

/** What the relative words count from: the story's day, the mention before or publication. */
function anchorOfWords(words: RelativeWords, context: ReadingContext): Anchor {
  const { anaphoric, offset, fromDay = false } = words;
  // "a year ago" in an earnings report is the quarter just mentioned, a year before.
  const quarterAgo =
    !anaphoric && offset.unit === 'year' && isQuarterValue(context.anaphoric.value);
  // "that night", "the next morning", "two days later": the day the story is on, even when
  // a coarser mention came since ("the worst fire that year").
  return fromDay && context.day
    ? context.day
    : anaphoric || quarterAgo
      ? context.anaphoric
      : context.deictic;
}

/**
 * "eight months before the invasion in February 2022": the invasion's date is what "N
 * before/after" gives (as `resolve` does), and the story is set that far from it; "the day
 * after", "days after" name the time on from it themselves.
 */
function readFromNamed(words: RelativeWords, named: Anchor) {
  const { offset, byNoun = false, mod } = words;
  const story = movedAnchor(words, named, offset);
  // "a month after the blast at 10 p.m. on Friday": the words are a DATE, so of that day.
  const namedDay = named.value.includes('T') ? named.value.slice(0, 10) : named.value;
  const { granularity: namedGranularity } = timexRange(namedDay);
  const read = byNoun
    ? {
        type: 'DATE' as const,
        value: namedDay,
        granularity: namedGranularity,
        ...(mod && { mod }),
        anchor: named.source,
      }
    : story;
  return { words: read, story: story.value };
}

function reading(words: RelativeWords): Reading {
  const { start, end, anaphoric, offset, byNoun = false, fromEvent = byNoun } = words;
  return {
    start,
    end,
    priority: 3,
    anaphoric,
    // "eight months before the invasion": the offset says how the anchor stands to the noun,
    // so the noun's date is the anchor moved the other way.
    resolve: (context: ReadingContext) =>
      movedAnchor(
        words,
        anchorOfWords(words, context),
        byNoun ? { amount: -offset.amount, unit: offset.unit } : offset,
      ),
    ...(fromEvent && { fromNamed: (named: Anchor) => readFromNamed(words, named) }),
  };
}

const WILL_IN_SENTENCE = /\b(?:will|shall)\b|['’]ll\b/i;
// A word opening a clause other than the main one, or reporting words: "which will be
// remembered", "police say they will", '"we will rebuild," the mayor said'.
const NOT_MAIN_BEFORE_WILL =
  /["“”]|\b(?:which|who|whose|that|when|if|say|says|said|told|tells|tell|believe|believes|expect|expects|hope|hopes)\b/i;

/**
 * Whether the main clause of the count at `read` says "will": the clause after the comma of a
 * phrase that opens the sentence ("Two days after the election, the new parliament will
 * convene"), else the sentence up to the count; not a "will" quoted, reported or in a clause of
 * its own.
 */
function willInMainClause(text: string, read: { start: number; end: number }): boolean {
  const sentence = sentenceAt(text, read.start, read.end);
  const opens = sentenceStartAt(text, read.start);
  const after = sentence.slice(read.end - opens);
  // Only words opening the sentence are fronted ("The plant will close six months after the
  // merger, …" has its main clause before the count).
  const fronted = /^["“‘'`(\s]*$/.test(sentence.slice(0, read.start - opens))
    ? /^[^,;"“”]*,\s*/.exec(after)
    : null;
  const main = fronted
    ? after.slice(fronted[0].length).split(/[,;]/)[0]!
    : sentence.slice(0, read.start - opens);
  const will = WILL_IN_SENTENCE.exec(main);
  return will !== null && !NOT_MAIN_BEFORE_WILL.test(main.slice(0, will.index));
}

/**
 * `read`, counted on from the mention before it, as the past (PAST_REF) when no mention came
 * before, the clause is past and publication moved on by the words would lie after publication:
 * "Two days later, the minister resigned" with no day told is some time gone by, not a day ahead
 * of publication. A count told ahead ("Two days later, the results will be certified") keeps
 * publication as its anchor. With `fromEvent`, a count on from an event that names no date ("Ten
 * days after the attack, the city was quiet") is the past whichever day publication would give:
 * the event is some time gone by, not the count back from publication, which the story is not said
 * to be on; told with "will" it is some time ahead (FUTURE_REF).
 */
function pastWhenUnanchored(text: string, read: Reading, fromEvent = false): Reading {
  // 'Three months after the flood, "we will rebuild," the mayor said': the words date a saying
  // gone by, whatever the tense of the quotation.
  const said = () => saidAfterQuote(text, read.start, read.end);
  const past = () => said() || tenseAround(text, read.start, read.end) === 'past';
  // "Two days after the election, the new parliament will convene": told with "will", the count on
  // from the event is some time ahead, FUTURE_REF.
  // 'Six months after the deal closes, "we will cut 500 jobs," …': from an event still to come,
  // told with "will" anywhere after it, quoted too, it is ahead.
  const aheadWithWill = () =>
    (!said() &&
      tenseAround(text, read.start, read.end) === 'future' &&
      willInMainClause(text, read)) ||
    (frontedEventToCome(text, read.start, read.end) &&
      WILL_IN_SENTENCE.test(
        sentenceAt(text, read.start, read.end).slice(read.end - sentenceStartAt(text, read.start)),
      ));
  return {
    ...read,
    resolve: (context) => {
      const resolved = read.resolve(context);
      const unanchored = context.anaphoric.source.kind === 'published' && !context.day;
      if (!unanchored) return resolved;
      if (!fromEvent) {
        if (resolved.type !== 'DATE' || CAPITALISED.test(resolved.value)) return resolved;
        const { start } = timexRange(resolved.value);
        const ahead =
          start > context.published || (start === context.published && resolved.mod === 'AFTER');
        if (!ahead) return resolved;
      }
      // "The law takes effect 90 days after the governor signs it": a rule's or a schedule's
      // count, or one from an event still to come, is ahead too.
      if (fromEvent && (aheadWithWill() || countFromEventAhead(text, read.start, read.end)))
        return {
          type: 'DATE',
          value: 'FUTURE_REF',
          granularity: 'span',
          anchor: context.anaphoric.source,
        };
      return past()
        ? { type: 'DATE', value: 'PAST_REF', granularity: 'span', anchor: context.anaphoric.source }
        : resolved;
    },
  };
}

// The event's own date right after a count from it ("a month after Jan. 31", "two days after
// Monday"): that date dates the count, as before.
const DATE_RIGHT_AFTER = new RegExp(
  `^\\s+(?:${MONTH_WORD_LOOSE_SOURCE}\\s+\\d|${WEEKDAY_PATTERN}\\b|\\d)`,
  'i',
);

// "earlier in the day", "later in the evening": the day the report is on, told by "the".
const IN_THE_DAY = new RegExp(
  String.raw`^(?:(?:earlier|later) (?:in|on) the |the (?:${PART_OF_DAY_SOURCE})$|(?:the )?(?:(?:late|early|mid-?)\s?)?(?:${PART_OF_DAY_BUT_NIGHT_SOURCE})$)`,
  'i',
);

/**
 * `read` ("earlier in the day", "later in the evening") on the publication day where the story is
 * on no day of its own: after a coarser mention ("The index ended 2023 up 24%. Trading was halted
 * earlier in the day") the words name a day, never that year; and in a past clause after a day
 * still ahead ("He flies to Brussels on Jan. 9. An aide said earlier in the day …") the day
 * reported on, not the one planned. "Earlier that day", "that night" keep the day named before.
 */
function dayReported(text: string, words: string, read: Reading): Reading {
  if (!IN_THE_DAY.test(words)) return read;
  return {
    ...read,
    resolve: (context) => {
      const { day, anaphoric, deictic, published } = context;
      const onDay =
        day ?? (timexRange(anaphoric.value).granularity === 'day' ? anaphoric : undefined);
      const ahead =
        onDay !== undefined &&
        timexRange(onDay.value).start > published &&
        tenseAround(text, read.start, read.end) === 'past';
      return onDay === undefined || ahead
        ? read.resolve({ ...context, day: deictic, anaphoric: deictic })
        : read.resolve(context);
    },
  };
}

// A part of the day with a place after it is read in a clause with a tense: "Lights go off by
// midevening in Reykjavik during the summer" and "Trains usually run until late evening in
// Cornwall" are habits. The tense is asked of the part and its place ("By midafternoon in Hong
// Kong, the Hang Seng was down"); a present or a future needs a modal or a past verb in the
// sentence ("The storm is expected to make landfall by late evening in Miami", "Oil was trading
// at $71 a barrel by midafternoon in New York").
const PAST_OR_MODAL_IN_SENTENCE = new RegExp(
  String.raw`\b(?:was|were|had)\b|${MODAL_BEFORE.source}`,
  'i',
);
function placeClauseHasTense(text: string, start: number, end: number): boolean {
  const tense = tenseAround(text, start, end + placeAfterPartLength(text.slice(end)));
  if (tense === 'unknown') return false;
  return tense === 'past' || PAST_OR_MODAL_IN_SENTENCE.test(sentenceAt(text, start, end));
}

/**
 * A count from now or from an event ("in two days", "three weeks ago", "eight months before the
 * invasion"): its amount, unit and direction; undefined where it is a span, an ordinal's or how
 * long a deed took.
 */
function countOfRelative(
  text: string,
  m: RegExpExecArray,
): { amount: number; unit: string; direction: Direction } | undefined {
  const preposition = m[1]?.toLowerCase();
  const amount = readNumber(m[2] ?? m[4]!);
  const unit = m[3] ?? m[5]!;
  if (amount === undefined || !Number.isInteger(amount)) return undefined;
  const before = text.slice(Math.max(0, m.index - 60), m.index);
  if (
    preposition &&
    (SPAN_CONTEXT.test(before) || ORDINAL_SPAN.test(before) || isOrdinalTold(text, m.index))
  )
    return undefined;
  // "The index rose 5% in a week", "the hottest day in 50 years": how long it took
  // (readDurations), not a date ahead of publication.
  if (preposition === 'in' && isLengthAfterIn(text, m.index, m.index + m[0].length))
    return undefined;
  // "The ferry makes the crossing in 35 minutes", "The robot assembles a car in 18 hours": how
  // long a journey or a deed takes (readDurations).
  if (preposition === 'in' && isTimeOfDoingAfterIn(text, m.index, m.index + m[0].length))
    return undefined;
  const word = (m[7] ?? 'in').toLowerCase();
  // "deliberated for 11 hours over three days before returning the verdict": a length right
  // before "over" makes the count the time it was spread across, not a day counted back.
  if (/^(?:before|after)$/.test(word) && LENGTH_OVER_BEFORE.test(before)) return undefined;
  const direction: Direction =
    word === 'from now' || word === 'within the next'
      ? 'in'
      : word === 'afterwards'
        ? 'later'
        : word === 'prior to'
          ? 'before'
          : (word as Direction);
  return { amount, unit, direction };
}

/**
 * Whether a count before "before" or "after" is a length: a range's higher count, a regimen's
 * interval, how long a thing lasted or was delayed, the time allowed.
 */
function isLengthBeforeEvent(
  text: string,
  m: RegExpExecArray,
  amount: number,
  timeml: boolean | undefined,
): boolean {
  // "three to four weeks after the first dose": the higher count of a range before an event is
  // one length with the lower (readDurations' range), not a day counted from the event.
  const unitEnd = m.index + m[0].search(/\s+(?:before|after)$/i);
  if (unitEnd > m.index && countRangeBefore(text, m.index, unitEnd, amount, timeml)) return true;
  // "a second dose six months after the first": the interval of a regimen, a length.
  if (unitEnd > m.index && isRegimenInterval(text, m.index, unitEnd, m.index + m[0].length))
    return true;
  const lead = text.slice(Math.max(0, m.index - 40), m.index);
  const granted = GRANTED.test(lead) && ALLOWED_FOR_AFTER.test(text.slice(m.index + m[0].length));
  // "delays of up to 90 minutes after a signal failure": how long the delay was, a length; so is
  // the time allowed in "were given 60 days after the sale to move out".
  return LASTED.test(lead) || DELAY_MEASURE_BEFORE.test(lead) || granted;
}

/**
 * The reading of a count from now or from an event; a price's unit claimed; undefined for no
 * date, and for a length, whose words go to `lengths`.
 */
function countedRelative(
  text: string,
  m: RegExpExecArray,
  timeml: boolean | undefined,
  lengths: [number, number][],
): Reading | undefined {
  const counted = countOfRelative(text, m);
  if (!counted) return undefined;
  const { direction } = counted;
  const { offset, granularity } = toOffset(counted.amount, counted.unit);
  const signed = { amount: SIGN[direction] * offset.amount, unit: offset.unit };
  const byNoun = direction === 'before' || direction === 'after';
  // "Wages grew 3 percent a year after June 2020": a rate's "a year", no count from the month.
  if (byNoun && yearlyRateAt(text, m.index)) return undefined;
  // "The plan costs $30 a month after the trial": a price's unit, no count from the trial,
  // whose words no other reader may take for one.
  if (byNoun && paidPerUnitAt(text, m.index)) return claimedWords(m.index, m.index + m[0].length);
  if (byNoun && isLengthBeforeEvent(text, m, counted.amount, timeml)) {
    lengths.push([m.index, m.index + m[0].length]);
    return undefined;
  }
  const fromNow =
    byNoun &&
    (PRESENT_HEAD.test(text.slice(Math.max(0, m.index - 40), m.index)) ||
      presentClause(text, m.index, m.index + m[0].length));
  const anaphoric =
    !fromNow &&
    (direction === 'later' ||
      direction === 'earlier' ||
      direction === 'before' ||
      direction === 'after');
  const read: Reading = {
    ...reading({
      start: m.index,
      end: m.index + m[0].length,
      anaphoric,
      offset: signed,
      granularity,
      byNoun,
      mod: m[6] ? 'APPROX' : undefined,
      counted: true,
      fromDay: anaphoric && !byNoun && signed.unit === 'day',
    }),
    comparison: direction === 'ago' || direction === 'earlier',
    ...(byNoun && !fromNow && { needsEventDay: true, countsOn: direction === 'after' }),
  };
  return direction === 'ago' && signed.unit === 'year' ? yearAgoOfMonth(text, read) : read;
}

// A time on the day the story is on, `amount` days on ("that night", "in the late evening", "by
// dawn").
function onDay(start: number, end: number, amount: number, fromEvent = false, mod?: TimexMod) {
  return reading({
    start,
    end,
    anaphoric: true,
    offset: { amount, unit: 'day' },
    granularity: 'day',
    mod,
    fromDay: true,
    fromEvent,
  });
}

/** "thousands of years ago", "decades ago": a time deep in the past (PAST_REF). */
function readDeepAgo(text: string, published: string, readings: Reading[]): void {
  for (const m of text.matchAll(DEEP_AGO)) {
    const years = m[1] ? readNumber(m[1])! * (SCALE[m[2]?.toLowerCase() ?? ''] ?? 1) : Infinity;
    // Years before 100 are no calendar year either: the date arithmetic takes 26 for 1926.
    if (years <= Number(published.slice(0, 4)) - 100) continue;
    readings.push({
      start: m.index,
      end: m.index + m[0].length,
      priority: 4,
      resolve: () => ({
        type: 'DATE',
        value: 'PAST_REF',
        granularity: 'span',
        anchor: { kind: 'published', date: published },
      }),
    });
  }
}

/** Counts from now or from an event; a count read as a length goes to `lengths`. */
function readCounted(
  text: string,
  timeml: boolean | undefined,
  readings: Reading[],
  lengths: [number, number][],
): void {
  for (const m of text.matchAll(COUNTED)) {
    const read = countedRelative(text, m, timeml, lengths);
    if (read) readings.push(read);
  }
}

/** "two weekends ago": the weekend of the week that many weeks back. */
function readWeekendsAgo(text: string, readings: Reading[]): void {
  for (const m of text.matchAll(WEEKENDS_AGO)) {
    const amount = readNumber(m[1]!);
    if (amount === undefined || !Number.isInteger(amount)) continue;
    const week = reading({
      start: m.index,
      end: m.index + m[0].length,
      anaphoric: false,
      offset: { amount: -amount, unit: 'week' },
      granularity: 'week',
    });
    readings.push({
      ...week,
      resolve: (context) => {
        const weeks = week.resolve(context);
        return { ...weeks, value: `${weeks.value}-WE` };
      },
    });
  }
}

/** "hours later", "later that night": a time on the day the story is on, or a neighbour of it. */
function readWithinDay(text: string, readings: Reading[], inLength: (at: number) => boolean): void {
  for (const m of text.matchAll(WITHIN_DAY)) {
    if (inLength(m.index)) continue;
    // "Hours after the vote on Tuesday", "Minutes before the blast at 9 a.m.": the day of the
    // event named right after them in the clause (countFromNamedDate), as "days after" counts.
    const fromEvent = /\b(?:after|before)$/i.test(m[0]);
    readings.push(dayReported(text, m[0], onDay(m.index, m.index + m[0].length, 0, fromEvent)));
  }
  for (const m of text.matchAll(PART_NEIGHBOUR)) {
    const word = (m[1] ?? m[2] ?? '').toLowerCase();
    readings.push(dayReported(text, m[0], onDay(m.index, m.index + m[0].length, STEP[word] ?? 0)));
  }
}

/** "in the evening", "by midafternoon": a bare part of the day, on the day the story is on. */
function readBareParts(text: string, readings: Reading[]): void {
  for (const m of text.matchAll(BARE_PART)) {
    const end = m.index + m[0].length;
    // "in the evening", "in the late evening": a clause with a tense, not a habit.
    const inThe = m[3] !== undefined || m[1] !== undefined || m[4] !== undefined;
    if (m[4] !== undefined && nightIsTitle(m[4])) continue;
    // "by midafternoon in Tokyo": BARE_PART ignores case, so a place's capital is asked here, of
    // a middle, start or end of a part only ("spent the night in the chamber" is another branch),
    // in a clause in the past or after a modal, as the sun's words are ("Trains usually run until
    // late evening in Cornwall" is a habit).
    if (
      m[2] !== undefined &&
      /^\s+in\s/i.test(text.slice(end)) &&
      (!isPlaceAfterPart(text.slice(end)) || !placeClauseHasTense(text, m.index, end))
    )
      continue;
    if (inThe && tenseAround(text, m.index, end) === 'unknown') continue;
    // "At midafternoon, the Dow was down 20 points": after "at" only in a past clause, since "The
    // market opens at midmorning" is a habit or a schedule of no one day.
    if (AT_BEFORE.test(text.slice(0, m.index)) && tenseAround(text, m.index, end) !== 'past') {
      continue;
    }
    if (inThe && CLOCK_BEFORE_IN.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    // "the count would resume in the morning": a morning still to come is the next one; so is a
    // morning or afternoon after a night told before it ("Snow fell overnight and continued into
    // the afternoon").
    const step =
      (/morning$/i.test(m[0]) && tenseAround(text, m.index, end) === 'future') ||
      (/(?:morning|afternoon)$/i.test(m[0]) &&
        NIGHT_LAST.test(text.slice(sentenceStartAt(text, m.index), m.index)))
        ? 1
        : 0;
    const mod = m[2] === undefined ? undefined : PART_MOD[m[2].toLowerCase()];
    readings.push(
      nightJustGone(text, dayReported(text, m[0], onDay(m.index, end, step, false, mod))),
    );
  }
}

/** "by dusk", "at lunchtime", "by evening": a part of the day with no day of its own. */
function readSunParts(text: string, readings: Reading[]): void {
  // "by dusk", "at dawn": the sun's part of the day with no day of its own is on the day the story
  // is on, as "By mid-afternoon" is; a dawn still to come is the next one ("will resume at dawn").
  // "by lunchtime" (BARE_MEAL_TIME) and "by evening" (BARE_DAY_PART) alike.
  for (const m of [
    ...text.matchAll(BARE_SUN_PART),
    ...text.matchAll(BARE_MEAL_TIME),
    ...text.matchAll(BARE_DAY_PART),
  ]) {
    const end = m.index + m[0].length;
    // "by dusk in Gaza on Sunday": a place with a day after it is the day's.
    if (/^\s+in\s/.test(text.slice(end)) && !isPlaceAfterPart(text.slice(end))) continue;
    const tense = tenseAround(text, m.index, end);
    if (tense === 'unknown') continue;
    // "The gates close at sunset" is a habit: a clause not in the past needs a deadline ("by",
    // "until") or a modal ("The search will resume at dawn").
    const before = text.slice(sentenceStartAt(text, m.index), m.index);
    if (tense !== 'past' && !MODAL_BEFORE.test(before)) continue;
    // "He used to walk the dog at dawn", "Every day, the farmers were in the fields by dawn": a
    // habit, of no one day; '"We will fight until dawn," he told the crowd': words quoted, whose
    // day is the speaker's, not the story's.
    if (HABIT_BEFORE.test(before) || insideQuote(before)) continue;
    const step = sunPartOfDay(m[0]) === 'MO' && tense === 'future' ? 1 : 0;
    readings.push(dayReported(text, m[0], onDay(m.index, end, step)));
  }
}

/** A trading session's part, and units counted by none ("years earlier", "for years"). */
function readUncountedRelatives(
  text: string,
  readings: Reading[],
  inLength: (at: number) => boolean,
): void {
  for (const m of text.matchAll(TRADING_PART)) {
    const mod = m[1] === undefined ? undefined : PART_MOD[m[1].toLowerCase()];
    const end = m.index + m[0].length;
    readings.push(dayReported(text, m[0], onDay(m.index, end, 0, false, mod)));
  }
  for (const m of text.matchAll(UNCOUNTED)) {
    if (inLength(m.index)) continue;
    const back = UNCOUNTED_BACK.test(m[2]!);
    const fromEvent = UNCOUNTED_FROM_EVENT.test(m[2]!);
    readings.push(uncountedReading(m, true, back ? 'BEFORE' : 'AFTER', fromEvent));
  }
  for (const m of text.matchAll(UNCOUNTED_AGO)) {
    readings.push(uncountedReading(m, false, 'BEFORE', false));
  }
}

/** The units an UNCOUNTED or UNCOUNTED_AGO match names (its first group), counted by none. */
function uncountedReading(
  m: RegExpExecArray,
  anaphoric: boolean,
  mod: TimexMod,
  fromEvent: boolean,
): Reading {
  const unit = uncountedUnit(m[1]!);
  return reading({
    start: m.index,
    end: m.index + m[0].length,
    anaphoric,
    offset: { amount: 0, unit },
    granularity: unit,
    mod,
    fromEvent,
  });
}

/** "the next day", "the week before", "the year before last": a neighbouring unit. */
function readNeighbours(text: string, readings: Reading[]): void {
  for (const m of text.matchAll(NEIGHBOUR)) {
    const word = (m[1] ?? m[4] ?? m[5]!).toLowerCase();
    const unit = (m[2] ?? m[3] ?? m[6]!).toLowerCase() as OffsetUnit;
    const amount = STEP[word] ?? 0;
    // "the week before the election on Nov. 5": counted from an event, which may be dated after.
    const fromEvent = m[4] !== undefined;
    const end = m.index + m[0].length;
    const ahead =
      word === 'next' &&
      unit !== 'day' &&
      WITHIN_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index)) &&
      tenseAround(text, m.index, end) !== 'past';
    readings.push(
      ahead
        ? reading({
            start: m.index,
            end,
            anaphoric: false,
            offset: { amount, unit },
            granularity: unit,
          })
        : unit === 'day'
          ? onDay(m.index, end, amount, fromEvent)
          : reading({
              start: m.index,
              end,
              anaphoric: true,
              offset: { amount, unit },
              granularity: unit,
              fromEvent,
            }),
    );
  }
  for (const m of text.matchAll(TWO_OVER)) {
    const unit = m[1]!.toLowerCase() as OffsetUnit;
    const amount = /^before/i.test(m[2]!) ? -2 : 2;
    readings.push(
      reading({
        start: m.index,
        end: m.index + m[0].length,
        anaphoric: false,
        offset: { amount, unit },
        granularity: unit,
      }),
    );
  }
}

/** "today", "yesterday", "the day after tomorrow", "last night": a day from publication. */
function readDeicticDays(text: string, readings: Reading[]): void {
  for (const m of text.matchAll(DEICTIC_DAY)) {
    if (isDayWordTitle(text, m.index) || isGenericToday(text, m.index)) continue;
    // "as if there were no tomorrow": the idiom's tomorrow is no day (noTomorrow).
    if (isNoTomorrow(text, m.index)) continue;
    // "The world today is more dangerous": nowadays, read by readReferences.
    if (isTodayNowadays(text, m.index)) continue;
    // "tomorrow morning", "yesterday evening": the day, with its part of the day in the words.
    const word = (m[1] ?? m[2] ?? m[3]!).toLowerCase();
    const amount =
      word === 'before yesterday'
        ? -2
        : word === 'after tomorrow'
          ? 2
          : word === 'yesterday' || word.startsWith('last ')
            ? -1
            : word === 'tomorrow'
              ? 1
              : 0;
    readings.push(
      reading({
        start: m.index,
        end: m.index + m[0].length,
        anaphoric: false,
        offset: { amount, unit: 'day' },
        granularity: 'day',
      }),
    );
  }
}

/**
 * The news reading's relatives, dated from the mention before or told gone by when nothing
 * before anchors them (pastWhenUnanchored).
 */
function anchoredRelatives(text: string, readings: Reading[]): Reading[] {
  // "Two days later", "Days later", "The following day": counted on from the mention before.
  return readings.map((r) =>
    r.needsEventDay && r.countsOn
      ? // A count before an event ("signed a day before the vote") does not tell that the
        // event is gone; a day named before it ("The count began on March 3. Ten days after
        // the election, …") still dates it.
        DATE_RIGHT_AFTER.test(text.slice(r.end, r.end + 16))
        ? r
        : pastWhenUnanchored(text, r, true)
      : r.anaphoric && !r.fromNamed
        ? pastWhenUnanchored(text, r)
        : r,
  );
}

/**
 * Expressions computed from another date: from the publication date ("in two days", "three
 * weeks ago", "yesterday") or from the mention before them ("two days later", "the following
 * day", "eight months before the invasion", "earlier in the day", "minutes later").
 */
export const readRelatives: Pass = (text, { published, timeml }) => {
  const readings: Reading[] = [];
  readDeepAgo(text, published, readings);
  // Counts read as lengths: their "hours before", "days after" are not uncounted relatives either.
  const lengths: [number, number][] = [];
  const inLength = (at: number) => lengths.some(([start, end]) => at >= start && at < end);
  readCounted(text, timeml, readings, lengths);
  readWeekendsAgo(text, readings);
  readWithinDay(text, readings, inLength);
  readBareParts(text, readings);
  readSunParts(text, readings);
  readUncountedRelatives(text, readings, inLength);
  readNeighbours(text, readings);
  readDeicticDays(text, readings);
  // In TimeML mode "Two days" stays the length TimeBank marks, with "later" its signal.
  return timeml ? readings : anchoredRelatives(text, readings);
};
