import { abbreviatedWeekdayEnd } from './abbreviatedWeekdayEnd.ts';
import { breakBeforeReturnDay } from './breakBeforeReturnDay.ts';
import { changedDeadlineMonthTense } from './changedDeadlineMonthTense.ts';
import { electionMonthTense } from './electionMonthTense.ts';
import { REGULAR_PAST } from './regularPast.ts';
import { WILL_VERB_BEFORE } from './willVerbBefore.ts';
import { LISTED_DAYS_HEAD_BEFORE } from './daysListedBefore.ts';
import { opensWithTwelveAtNight } from './twelveAtNight.ts';
import type * as chrono from 'chrono-node';
import type { Granularity, Locale } from '../model/temporal.ts';
import type { ChronoPart } from './ChronoPart.ts';
import { clockOnLastDay } from './clockOnLastDay.ts';
import { clockStartsNextDay } from './clockStartsNextDay.ts';
import { pastDeedAfterFrontedDay } from './pastDeedAfterFrontedDay.ts';
import { dayOpenedBy, endOfDay } from './endOfDay.ts';
import { HOURS_LOOKED_OVER } from './hoursLookedOver.ts';
import { midnightEndsDay, midnightEndsExtension } from './midnightEndsDay.ts';
import { midnightOfDeadline } from './midnightOfDeadline.ts';
import { midnightAfterDayEndsIt } from './midnightAfterDayEndsIt.ts';
import { clockTime, pad, parseChrono } from './parseChrono.ts';
import { dayOfPastCount } from './countBeforeDate.ts';
import { dayMonthByTense, monthByTense, type VerbBefore } from './monthByTense.ts';
import { monthOfOpeningYear } from './monthOfOpeningYear.ts';
import { monthOfYearsAgo } from './monthOfYearsAgo.ts';
import { fromListed } from './fromListed.ts';
import { FUTURE_PASSIVE_BEFORE } from './futurePassiveBefore.ts';
import { thereWillBeBefore } from './thereWillBeBefore.ts';
import { maskedMayArticle } from './articleBeforeMayEvent.ts';
import { maskForChrono } from './maskForChrono.ts';
import { MODIFIER_WORD } from './modifierWord.ts';
import { isContractMonth } from './isContractMonth.ts';
import { expectedMonthOfYearNamed } from './expectedMonthOfYearNamed.ts';
import { expectedMonthTense } from './expectedMonthTense.ts';
import { ownedMonthThingAheadTense } from './ownedMonthThingAheadTense.ts';
import { outlookMonthTense } from './outlookMonthTense.ts';
import { pendingConditionMonthTense } from './pendingConditionMonthTense.ts';
import { openConditionMonthTense } from './openConditionMonthTense.ts';
import { invertedConditionMonthTense } from './invertedConditionMonthTense.ts';
import { counterfactualCauseMonthTense } from './counterfactualCauseMonthTense.ts';
import { storyDay } from './storyDay.ts';
import { planEndAfterFailure } from './planEndAfterFailure.ts';
import { presentChangeMonthTense } from './presentChangeMonthTense.ts';
import { scheduledEventMonthTense } from './scheduledEventMonthTense.ts';
import { reportedMonthTense } from './reportedMonthTense.ts';
import { levelMonthTense } from './levelMonthTense.ts';
import { closingMonthTense } from './quarterEndedIn.ts';
import {
  clockRange,
  clockRangeIntoNextDay,
  closesEveningOfSameDay,
  nightBefore,
  writtenDayOfSecondEnd,
  rangeEnds,
} from './rangeEnds.ts';
import {
  isBareMidnightAfterNight,
  isBareMidnightAhead,
  isBareMidnightBefore,
  isMidnightDeadlineTonight,
} from './bareMidnight.ts';
import { isDayNamedAs } from './isDayNamedAs.ts';
import { isSlashedFigure } from './isSlashedFigure.ts';
import { isMonthAsFirstName } from './isMonthAsFirstName.ts';
import { isMonthAsSurname } from './isMonthAsSurname.ts';
import { isLengthCountedFrom } from './isLengthCountedFrom.ts';
import { isTitledName } from './isTitledName.ts';
import { isMonthAfterHonorific } from './isMonthAfterHonorific.ts';
import { isWeekdayOf } from './isWeekdayOf.ts';
import { aheadInThisWeek } from './aheadInThisWeek.ts';
import { isHabitualMonth } from './isHabitualMonth.ts';
import { isPresentScheduleClause } from './isPresentScheduleClause.ts';
import type { Pass, Reading } from './Reading.ts';
import { IRREGULAR_PAST } from './irregularPast.ts';
import { isPersonMay } from './prepositionBeforeMay.ts';
import { writesMonthInLowerCase } from './writesMonthInLowerCase.ts';
import { isMonthInCompanyName } from './isMonthInCompanyName.ts';
import { NUMBER_SOURCE, readNumber } from './readNumber.ts';
import { movesAheadTo } from './movesAheadTo.ts';
import { pastEventVerbBefore } from './pastEventVerbBefore.ts';
import { resultAfterDay } from './resultAfterDay.ts';
import { PAST_PASSIVE_DAY_BEFORE } from './pastPassiveDayBefore.ts';
import { pastVerbOfDaySubject } from './pastVerbOfDaySubject.ts';
import { isSinceOccasionOnDay } from './isSinceOccasionOnDay.ts';
import { VERB_AFTER_SINCE_DAY } from './verbAfterSinceDay.ts';
import { PLAN_PARTICIPLE_BEFORE } from './planParticipleBefore.ts';
import { SCHEDULE_VERB_BEFORE } from './scheduleVerbBefore.ts';
import { sentenceEnds } from './sentenceEnds.ts';
import { shiftTimex } from './shiftTimex.ts';
import { PAST_CHANGE_VERB } from './pastChangeVerb.ts';
import { originalPlanAside } from './originalPlanAside.ts';
import { isJournalIssueDay } from './isJournalIssueDay.ts';
import { dateWordOpensPlaceName } from './dateWordOpensPlaceName.ts';
import { arrangedForDay } from './arrangedForDay.ts';
import { ownedDayEventTense } from './ownedDayEventTense.ts';
import { THIS_PART_BEFORE_BEFORE_WEEKDAY } from './thisPartBeforeWeekdayEvent.ts';
import { planToldPast } from './planToldPast.ts';
import { ownedDeadlineAhead } from './ownedDeadlineAhead.ts';
import {
  PART_AFTER_BEFORE_WEEKDAY,
  THIS_PART_AFTER_BEFORE_WEEKDAY,
} from './partAfterWeekdayEvent.ts';
import { DAY_AFTER_BEFORE_WEEKDAY } from './dayAfterWeekdayEvent.ts';
import { sentenceAround, tenseAround, type Tense } from './tenseAround.ts';
import {
  expectedDayNear,
  nearestWeekday,
  weekdayByTense,
  type Modifier,
} from './weekdayByTense.ts';
import { WEEKDAY_PATTERN } from './weekdayNames.ts';
import { PART_OF_DAY_BUT_NIGHT_SOURCE, PART_OF_DAY_SOURCE } from './partOfDay.ts';
import { priceListMonthTense } from './priceListMonthTense.ts';
import { yearlyBreakMonthTense } from './yearlyBreakMonthTense.ts';
import { weekdayDateLead } from './weekdayDateLead.ts';
import { isLateClockGoneBy } from './isLateClockGoneBy.ts';

const WEEKDAY_MODIFIER = new RegExp(`\\b(${MODIFIER_WORD})\\s+(?:on\\s+)?\\w+day\\b`);

function modifierBefore(text: string, start: number, matched: string): Modifier {
  const words = `${text.slice(Math.max(0, start - 12), start)} ${matched}`.toLowerCase();
  const m = WEEKDAY_MODIFIER.exec(words);
  if (!m) return undefined;
  return m[1] === 'past' ? 'last' : m[1] === 'coming' ? 'next' : (m[1] as Modifier);
}

// A past verb right before a day and month ("ended Jan. 31", "was killed on Oct. 23"), unless it
// is the participle of a plan ("scheduled Jan. 31", "postponed to").
// "the night of", "the morning of": a part of the day named before its day and month.
const PART_OF_DAY_BEFORE = new RegExp(String.raw`\bthe\s+(?:${PART_OF_DAY_SOURCE})\s+of\s+$`, 'i');
const PAST_VERB_BEFORE = new RegExp(
  `\\b(?:${IRREGULAR_PAST}|${REGULAR_PAST})\\s+(?:on\\s+)?$`,
  'i',
);
const MONTH_MODIFIER = new RegExp(`\\b(?:this\\s+(?=past|coming))?(${MODIFIER_WORD})\\s+$`, 'i');
// "a week ago Tuesday", "two weeks from Monday", "Tuesday week": a weekday moved by whole weeks,
// back from the last such day or on from the coming one; "Monday fortnight" moves it two weeks.
const WEEKS_FROM_WEEKDAY = new RegExp(
  `\\b(${NUMBER_SOURCE})\\s+(weeks?|fortnights?)\\s+(?:(ago|from|on)\\s+)?(?:on\\s+)?$`,
  'i',
);
// "a week on Tuesday" after "for", "after", "within", "over", "up" or "down", or as the object of
// a verb of reaching ("marks a week on Tuesday"), is how long, and the weekday its own day
// ("jailed for a fortnight on Tuesday").
const LENGTH_BEFORE_COUNT =
  /\b(?:for|after|within|over|in|up|down|marks?|marked|reach(?:es|ed)?|enter(?:s|ed)?|hits?)\s+$/i;
// Only "a week" and "a fortnight" are counted on from the weekday after them ("a week on
// Tuesday"): "two weeks on Tuesday" is nearly always how long, with the weekday its day.
const ONE_COUNT_ON = /^a$/i;
// A fortnight is two weeks.
const weeksIn = (unit: string) => (/^fortnight/i.test(unit) ? 2 : 1);
const WEEK_AFTER_WEEKDAY =
  /^\s+(week|fortnight)\b(?![-'’]|\s+(?:of|long|old|and|or|in|to|ago|earlier|later|before|after)\b)/i;
// Chrono's "for" with an uncounted number of units ("for several months"), which is a length.
const VAGUE_LENGTH_AFTER_FOR =
  /^for\s+(?:several|a\s+few|few|many|a\s+couple\s+of)\s+(?:seconds|minutes|hours|days|weeks|months|years)$/i;
// "midnight on Dec. 1", "midnight March 15": a midnight named before its calendar day.
const MIDNIGHT_BEFORE_DAY = /^midnight\s+(?:on\s+)?(?:the\s+)?\S/i;
// "midnight Friday", "midnight on Friday": a midnight named before its weekday.
const MIDNIGHT_BEFORE_WEEKDAY = new RegExp(
  `^midnight\\s+(?:on\\s+)?(?:${WEEKDAY_PATTERN})\\b`,
  'i',
);
// "by Thursday midnight", "until Friday midnight": the weekday first and its midnight right after
// it is the one that ends it too, as TimeBank writes "midnight Friday" (`…T24`); "Friday at
// midnight" is midnightAfterDayEndsIt's.
const WEEKDAY_BEFORE_MIDNIGHT = new RegExp(`^(?:${WEEKDAY_PATTERN})\\s+midnight$`, 'i');
const WEEKDAY_LEAD = /\b(?:this\s+)?coming\s+$|\bthis\s+$/i;

const SINCE_BEFORE =
  /\bsince\s+(?:(?:at\s+least|early|late|mid-?|around|about|roughly|shortly\s+(?:before|after)|just\s+(?:before|after)|the)\s+)?$/i;
const VERB_AFTER_SINCE = new RegExp(`^\\s+(?:${VERB_AFTER_SINCE_DAY})\\b`, 'i');

// The end of a period figures are given for: "the year to", "the 12 months to", "the six weeks
// ending".
const PERIOD_TO = /\b(?:year|months|weeks|quarter|half|period)\s+(?:to|ending)\s+$/i;
// A past verb of change in the clause before such a period's end ("Profits rose 8% in the year
// to"), with no plan or forecast before it ("expected sales to grow", "was forecast to"). Not
// clauseOpens' CLAUSE_OPENS, on purpose: figures are told here, and a mark breaks the clause only
// before a space ("rose 2.3 per cent", "rose to 1,200 units"), and "or", "that", "which" or a
// bracket not at all ("rose 4% or more", "rose (in dollar terms)" keep the verb's clause).
const CLAUSE_BREAK = /[.;:!?,](?=\s)|\b(?:and|but)\b/i;
const PAST_CHANGE = new RegExp(`\\b(?:${PAST_CHANGE_VERB})\\b`, 'i');
const FORECAST =
  /\b(?:expect\w*|forecast\w*|predict\w*|project\w*|will|would|could|should|may|might|must)\b/i;

/**
 * What a verb right before a day and month says of it: gone by, ahead, to come, or nothing. The
 * new time of a thing put off is ahead unless its sentence tells it gone by (`tense`).
 */
function verbBefore(
  text: string,
  start: number,
  end: number,
  tense: Tense,
): VerbBefore | undefined {
  // "came on the night of March 3", "will open on the morning of June 2": a part of the day
  // between the verb and its day does not part them; the verb dates the day as if right before it.
  const partOfDay = PART_OF_DAY_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (partOfDay) return verbBefore(text, start - partOfDay[0].length, end, tense);
  // "walked out on 20, 21 and 22 January": a day-first list's head between the verb and the pair
  // its last two days make does not part them either.
  const listHead = LISTED_DAYS_HEAD_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (listHead) return verbBefore(text, start - listHead[0].length, end, tense);
  // "was postponed to Feb. 2": the new time of a thing put off lies ahead as a schedule's does.
  if (movesAheadTo(text, start) && tense !== 'past') return 'ahead';
  const words = text.slice(Math.max(0, start - 40), start);
  // "has been in office since Jan. 20": what goes on since a day began before publication; not
  // "since" meaning "because", its day the subject of a verb ("since March 5 is a holiday"). A
  // hedge or "the" may come between: "since at least Jan. 5", "since early Jan. 5", "since the
  // Jan. 6 hearing".
  if (SINCE_BEFORE.test(words) && !VERB_AFTER_SINCE.test(text.slice(end))) return 'past';
  // "Since its debut on Jan. 1, the euro has fallen": the occasion "since" counts from, and its
  // day, lie before publication too.
  if (isSinceOccasionOnDay(words, text.slice(end))) return 'past';
  // "The council's 4/12 vote approved the plan": the day's subject did a deed gone by.
  if (pastVerbOfDaySubject(text, start, end)) return 'past';
  // "On the fifth of May, nineteen more soldiers arrived": the main clause's deed, gone by.
  if (pastDeedAfterFrontedDay(text, start, end)) return 'past';
  // "rose 8% in the year to 31 March": figures told in the past are of a period already ended.
  if (PERIOD_TO.test(words)) {
    const clause =
      text
        .slice(Math.max(0, start - 200), start)
        .split(CLAUSE_BREAK)
        .at(-1) ?? '';
    if (PAST_CHANGE.test(clause) && !FORECAST.test(clause)) return 'past';
  }
  // "declared Jan. 9 a day of mourning": the day the naming sets, which nearness dates.
  if (isDayNamedAs(text, start, end)) return undefined;
  const schedule = SCHEDULE_VERB_BEFORE.exec(words);
  // "will expire", "will take effect": the schedule's future, not its present.
  if (schedule) return /^will\b/i.test(schedule[0]) ? 'will' : 'ahead';
  // "will be closed on 12 December": a future's passive, which its participle hides, read as a
  // schedule's present is, so a stretch begun days ago keeps its year ("Trading will be suspended
  // from 9 to 12 June", said on 10 June).
  if (
    FUTURE_PASSIVE_BEFORE.test(words) ||
    thereWillBeBefore(text, start) ||
    WILL_VERB_BEFORE.test(words)
  )
    return 'ahead';
  const past =
    (PAST_VERB_BEFORE.test(words.slice(-30)) && !PLAN_PARTICIPLE_BEFORE.test(words.slice(-30))) ||
    PAST_PASSIVE_DAY_BEFORE.test(words) ||
    pastEventVerbBefore(text, start);
  if (past) return 'past';
  // "Voters go to the polls on Nov. 3": the present of a schedule, further back in its clause.
  return isPresentScheduleClause(text, start) ? 'ahead' : undefined;
}

// "ran from April 28 to May 3", "were held between April 28 and May 3": a stretch's opening word
// stands between the verb and its first day, which the verb dates as it does a day right after it.
const STRETCH_OPENS = /\b(?:from|between)\s+$/i;
const STRETCH_GOES_ON = /^\s*(?:[-–—]|(?:to|until|till|through|thru|and)\s)/i;

/** Where the words before a day end: before "from" or "between" when the day opens a stretch. */
function stretchStart(text: string, start: number, end: number): number {
  const lead = STRETCH_OPENS.exec(text.slice(Math.max(0, start - 10), start));
  return lead && STRETCH_GOES_ON.test(text.slice(end)) ? start - lead[0].length : start;
}

// "past 48 hrs", "the last hour", "within the coming hours": chrono's words for hours and minutes
// looked over from now.
const HOURS_WORDS = new RegExp(`^(?:(?:with)?in\\s+)?(?:the\\s+)?${HOURS_LOOKED_OVER}$`, 'i');

// "in" or "within", a count and the word after it, as chrono reads "in 5 minutes" (a bare "5 March"
// or "5pm" counts nothing): chrono takes its abbreviations ("mo", "mon") at the start of a longer
// word, so "in 1975 money" counts 1,975 months ahead.
const COUNT_THEN_WORD = /^(?:with)?in\s+\d[\d,.]*\s*([a-z]+)$/i;
// The words of time such a count may end in: chrono's units, their abbreviations and plurals.
const UNIT_WORD =
  /^(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|mos?|mon|months?|qtrs?|quarters?|y|yrs?|years?)$/i;

// What makes a number a clock time: "10 p.m.", "3am", "2.30pm", "10:35", "noon", "midday", "4 in
// the morning" (not "2.46 a share", "at 4").
const CLOCK = new RegExp(
  String.raw`\b\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b|\b\d{1,2}:\d{2}\b|\b(?:noon|midnight|midday)\b|\b\d{1,2}(?:\s+o['’]clock)?\s+in\s+the\s+(?:${PART_OF_DAY_BUT_NIGHT_SOURCE})\b`,
  'i',
);

// "Oct. 11, 1998, a Sunday", "March 3, a Monday": a weekday set beside the date it names.
const APPOSED = /\d,?\s+an?\s+$/i;

/**
 * "began on Oct. 23, 1998. At 10 p.m., the roof fell": chrono joins a date and the clock time
 * that opens the next sentence; each sentence's words are read on their own.
 */
function splitAtSentenceEnd(
  result: chrono.ParsedResult,
  options: { published: string; locale: Locale },
): chrono.ParsedResult[] {
  const ends = sentenceEnds(result.text, true);
  if (ends.length === 0) return [result];
  const cuts = [0, ...ends.map((e) => e + 1), result.text.length];
  return cuts
    .slice(1)
    .flatMap((cut, i) =>
      parseChrono(result.text.slice(cuts[i], cut), options).map((inner) =>
        Object.assign(inner, { index: result.index + cuts[i]! + inner.index }),
      ),
    );
}

const PART_OF_DAY_OF = new RegExp(String.raw`^(?:${PART_OF_DAY_SOURCE})\s+of\s+`, 'i');

/** "the night of Oct. 23": chrono reads the part of day and drops the date after it; read that. */
function dateAfterPartOfDay(
  result: chrono.ParsedResult,
  options: { published: string; locale: Locale },
): chrono.ParsedResult[] {
  const lead = PART_OF_DAY_OF.exec(result.text);
  if (!lead || result.start.isCertain('day')) return [result];
  const offset = result.index + lead[0].length;
  return parseChrono(result.text.slice(lead[0].length), options).map((inner) =>
    Object.assign(inner, { index: offset + inner.index }),
  );
}

/**
 * The tense a month named without a year is read by: its clause's `tense`, turned by a present of
 * change before it ("The price cap rises in January"), a present of outlook in a clause of its own
 * ("Sales fell in November and January looks worse"), a cause whose absence is weighed ("Were it
 * not for the October slide, the fund would be up"), a past perfect of expectation ("had expected
 * rates to stay on hold until December"), a month of figures reported ("The data for October will
 * be released"), a month dating a market's level ("could test its January lows"), a month closing
 * the quarter before it ("the quarter ending in December"), a deadline's month changed in the
 * passive ("The May deadline was extended"), an election named by its month ("looking ahead to the
 * November elections"), a month whose prices a producer sets ("raised its April prices"), a yearly
 * break's month in a present of no tense ("The May half-term falls a week later this year") and a
 * break's month come back from on a day named by its day and month ("returns from its August
 * recess on September 8"), asked in that order; each passes the tense on where it does not apply.
 */
function monthTense(
  text: string,
  start: number,
  end: number,
  month: number,
  published: string,
  tense: Tense,
): Tense {
  const { before, after } = sentenceAround(text, start, end);
  // The `n` characters before the month, or after it, that a turner reads.
  const charsBefore = (n: number) => text.slice(Math.max(0, start - n), start);
  const charsAfter = (n: number) => text.slice(end, end + n);
  // Each turner in turn, each passing on the tense where it does not apply.
  let turned = presentChangeMonthTense(before, after, month, published, tense);
  turned = scheduledEventMonthTense(before, after, month, published, turned);
  turned = outlookMonthTense(before, after, month, published, turned);
  turned = pendingConditionMonthTense(before, after, month, published, turned);
  turned = openConditionMonthTense(before, after, month, published, turned);
  turned = invertedConditionMonthTense(before, after, month, published, turned);
  turned = counterfactualCauseMonthTense(before, after, month, published, turned);
  turned = expectedMonthTense(charsBefore(300), charsAfter(140), month, published, turned);
  // "said its March dividend will be announced": the thing's own "will" is the month's.
  turned = ownedMonthThingAheadTense(charsBefore(20), charsAfter(80), month, published, turned);
  // A month of figures is read with its own words: "October retail sales".
  const withMonth = text.slice(start, start + 60);
  turned = reportedMonthTense(charsBefore(30), withMonth, month, published, turned);
  turned = levelMonthTense(charsBefore(30), charsAfter(40), month, published, turned);
  turned = closingMonthTense(charsBefore(40), month, published, turned);
  turned = changedDeadlineMonthTense(after, month, published, turned);
  turned = electionMonthTense(charsBefore(40), charsAfter(40), month, published, turned);
  turned = priceListMonthTense(charsBefore(60), charsAfter(40), month, published, turned);
  turned = yearlyBreakMonthTense(charsBefore(20), charsAfter(40), month, published, turned);
  return breakBeforeReturnDay(text, start, end, month, published, turned);
}

/** The day gone by `last` names when its words are in a sentence before the one at `start`. */
function storyDayBefore(
  text: string,
  start: number,
  last: { end: number; value: string } | undefined,
): string | undefined {
  if (!last) return undefined;
  const opens = start - sentenceAround(text, start, start).before.length;
  return last.end <= opens ? last.value : undefined;
}

// A letter that carries a word on across a mention's edge: an ASCII letter or a small one.
const WORD_GOES_ON_AFTER = /^[A-Za-z\p{Ll}]/u;
const WORD_GOES_ON_BEFORE = /[A-Za-z\p{Ll}]$/u;

/**
 * chrono-node's reading of explicit dates, weekdays, month names and numerals (day-first under
 * en-GB), kept at the granularity its certain components give. chrono picks the nearest weekday
 * and the nearest year; news rules replace that by the sentence's tense.
 */
export const readChrono: Pass = (text, { published, locale, timeml }) => {
  const readings: Reading[] = [];
  // The day each range's first end was read as, for the second to go on from: a date, or a
  // weekday with its clock time.
  const dayOf = new Map<ChronoPart, string>();
  // The last day or month read with a year, written or taken from a day listed before it, and
  // where its words end: "on Dec. 30, 2023 and Jan. 2" lists a second day that takes its year.
  let listed: { end: number; value: string } | undefined;
  // The last day gone by read before, and where its words end: a plan told in the past after it
  // is placed in the story's week (nearestWeekday).
  let dayGoneBy: { end: number; value: string } | undefined;
  const masked = maskForChrono(text);
  const results = parseChrono(masked, { published, locale })
    .flatMap((r) => splitAtSentenceEnd(r, { published, locale }))
    .flatMap((r) => dateAfterPartOfDay(r, { published, locale }))
    .flatMap((r) => clockStartsNextDay(r, masked, { published, locale }));
  for (const part of rangeEnds(text, masked, results, { published, locale })) {
    const c = part.components;
    const has = (k: chrono.Component) => c.isCertain(k);
    // chrono keeps a leading comma (", on Friday"), a trailing comma or full stop ("on
    // Wednesday,"), and a closing parenthesis it did not open ("(4 a.m. EDT Thursday)"); the
    // mention should not.
    const blank = /^[\s,]+/.exec(part.text)?.[0].length ?? 0;
    // "the May primary": the article written as "in" for chrono is no part of the month's words.
    const leading =
      blank + maskedMayArticle(masked.slice(part.start + blank), text.slice(part.start + blank));
    let start = part.start + leading;
    const trimmed = part.text.slice(leading).replace(/[\s,.;:]+$/, '');
    const unopened = trimmed.endsWith(')') && !trimmed.includes('(');
    let end = start + (unopened ? trimmed.slice(0, -1).replace(/[\s,.;:]+$/, '') : trimmed).length;
    // "10:35 a.m. Friday": the full stop of "a.m." is part of it, unless it also ends the sentence.
    if (
      /[ap]\.m$/i.test(text.slice(start, end)) &&
      /^\.(?!\s*(?:$|[A-Z"“'`]))/.test(text.slice(end))
    )
      end += 1;
    // "after Jan. 1, 1990 at 1,015 francs a share": a number that goes on is not a clock time.
    let clockless = false;
    const cut = /\s+at\s+\d{1,2}$/i.exec(text.slice(start, end));
    if (cut && /^[,.]\d/.test(text.slice(end, end + 2))) {
      end -= cut[0].length;
      clockless = true;
    }
    // A stretch's first end takes the tense of the words around the whole stretch: in "ran from
    // April 28 to May 3" the second end's words (the month "May") are no cue to the clause's tense.
    const to = part.to;
    const stretchEnd = to ? to.start + to.text.replace(/[\s,.;:]+$/, '').length : end;
    const tense = () => {
      // "Wednesday's ruling": a day named as the owner of what came of it has already happened,
      // unless it is awaited ("ahead of Friday's jobs report") or its sentence says what it will
      // do ("Friday's vote will decide it").
      // "has until Wednesday's deadline" is a deadline, read by the sentence as any deadline is.
      // "will meet on the morning after Thursday's vote": the event is a landmark of the time the
      // sentence tells, read by its tense (PART_AFTER_BEFORE_WEEKDAY), as is "the day after
      // Thursday's vote" (DAY_AFTER_BEFORE_WEEKDAY).
      const before = text.slice(Math.max(0, start - 30), start);
      // "said it had set a meeting for Friday": a thing arranged for a day is ahead of its
      // setting, whatever the tense of the setting (arrangedForDay).
      if (
        has('weekday') &&
        !has('month') &&
        arrangedForDay(text.slice(Math.max(0, start - 80), start), text.slice(end, end + 120))
      )
        return 'future';
      // "Leicester end the season at Fulham on Sunday with a 2-1 win": a score is known only
      // once the day is gone by, whatever the verb's tense.
      if (
        has('weekday') &&
        resultAfterDay(text.slice(end, end + 80), text.slice(Math.max(0, start - 160), start))
      )
        return 'past';
      // "this morning after Friday's computer problem": the weekday is before today.
      if (has('weekday') && THIS_PART_AFTER_BEFORE_WEEKDAY.test(before)) return 'past';
      // "this morning before Friday's vote": the weekday is after today (thisPartBeforeWeekdayEvent).
      if (has('weekday') && THIS_PART_BEFORE_BEFORE_WEEKDAY.test(before)) return 'future';
      if (
        !/^['’]s\b/.test(text.slice(end, end + 3)) ||
        has('month') ||
        PART_AFTER_BEFORE_WEEKDAY.test(before) ||
        DAY_AFTER_BEFORE_WEEKDAY.test(before) ||
        ownedDeadlineAhead(text.slice(Math.max(0, start - 20), start), text.slice(end, end + 14))
      )
        return to
          ? tenseAround(text, stretchStart(text, start, end), stretchEnd)
          : tenseAround(text, start, end);
      // A day named alone as the owner of an event is read by what is told of the event
      // (ownedDayEventTense).
      return ownedDayEventTense(
        text,
        start,
        end,
        has('weekday') ? c.get('weekday') : null,
        published,
      );
    };
    // "The Sun reported…", "Sat on the board": a bare abbreviation is too often a word; wire
    // copy's "Tues." is a weekday, and its stop is the mention's (abbreviatedWeekdayEnd).
    const weekdayEnd = abbreviatedWeekdayEnd(text, start, end);
    if (weekdayEnd === undefined) continue;
    end = weekdayEnd;
    // "surged 4 5/8 to 112 5/8": chrono starts a range at the 8 of a fraction. "cut in half":
    // half is no clock time without a number.
    if (/\d\/$/.test(text.slice(Math.max(0, start - 2), start))) continue;
    // "should rise in the second half as demand picks up": nor is an ordinal's half ("the second
    // half as" was read as noon).
    if (
      /^(?:in\s+)?(?:(?:the\s+)?(?:first|second|last|latter)\s+)?half\b/i.test(part.text.trim()) &&
      !/\d/.test(part.text)
    )
      continue;
    // "Judge Anne March said", "Officer April Jones": a name after a title, no month.
    if (isTitledName(text, start, end)) continue;
    // "Mr. March, the RTC's spokesman": a name after an honorific, no month.
    if (isMonthAfterHonorific(text, start, end)) continue;
    // "the bank's April Street branch", "the airline's Friday Club": a street's or a club's name.
    if (dateWordOpensPlaceName(text, start, end)) continue;
    // "late in the day", "in the week ahead": chrono reads "in the day" as "in a day" (tomorrow).
    if (/^(?:with)?in\s+the\s+(?:day|week|month|year)$/i.test(part.text.trim())) continue;
    // "in the Dáil", "the Fianna Fáil leader": chrono's word boundary falls at a letter outside
    // ASCII, so it reads a word's first letters as a unit ("in the D" as "in a day"); a mention
    // neither ends nor starts inside a word. A word goes on only in a small letter or an ASCII
    // one: a modifier letter used as an apostrophe ("Mondayʼs vote") or a capital of scraped
    // mojibake ("on MondayÂ and") is no more of the word.
    if (
      (WORD_GOES_ON_AFTER.test(text.slice(end)) && /\p{L}$/u.test(text.slice(start, end))) ||
      (WORD_GOES_ON_BEFORE.test(text.slice(0, start)) && /^\p{L}/u.test(text.slice(start, end)))
    )
      continue;
    // "for a second", "In a second", "A second later", "a second before answering": a moment, not
    // a clock time of the day.
    if (
      /^(?:(?:for|in|within)\s+)?(?:a|one)\s+second(?:\s+(?:later|ago|earlier|before|after))?$/i.test(
        part.text.trim(),
      )
    )
      continue;
    // "After a weekend of talks", "a quiet weekend": a weekend counted, not named, is no date;
    // "its first weekend" after an opening is the weekend chrono takes it for.
    if (
      /^weekend$/i.test(part.text.trim()) &&
      /\ban?\s+(?:[\w-]+\s+)?$/i.test(text.slice(Math.max(0, start - 30), start))
    )
      continue;
    // "on weekday afternoons", "the weekday schedule": any day of the working week, none named.
    if (/^(?:on\s+)?weekdays?$/i.test(part.text.trim())) continue;
    // "He stayed for several months", "had been drilling for a few weeks": chrono reads "for" and
    // an uncounted number of units as a date that many units ahead (several as seven), but it is
    // how long, a length (readDurations' vague count), in any tense.
    if (VAGUE_LENGTH_AFTER_FOR.test(part.text.trim())) continue;
    // "high noon": the idiom, not a clock time.
    if (
      /^noon$/i.test(part.text.trim()) &&
      /\bhigh\s+$/i.test(text.slice(Math.max(0, start - 5), start))
    )
      continue;
    if (isSlashedFigure(text, start, part.text.trim())) continue;
    // "the past 48 hrs", "the last hour", "the past several hours": hours looked back (or ahead)
    // over are a length of time (readDurations), not the day chrono counts them back to.
    if (HOURS_WORDS.test(part.text.trim())) continue;
    // "$5 million in 1975 money", "In 5 money markets": a count ends in a word of time or is
    // no count of time (the year stays for readPrefixedYears and chrono's own year reading).
    const countWord = COUNT_THEN_WORD.exec(part.text.trim())?.[1];
    if (countWord !== undefined && !UNIT_WORD.test(countWord)) continue;
    // "at the last minute", "the very last minute": the idiom, not a minute before publication.
    if (
      /^last\s+minute$/i.test(part.text.trim()) &&
      /\bthe\s+(?:very\s+)?$/i.test(text.slice(Math.max(0, start - 10), start))
    )
      continue;
    // "in the years that followed", "in past years": plural units name no date.
    if (
      /^(?:in\s+)?(?:the\s+|(?:the\s+)?(?:past|last|next|coming)\s+)(?:days|weeks|months|years)$/i.test(
        part.text.trim(),
      )
    )
      continue;
    let value: string | undefined;
    let apposed: number | undefined;
    let granularity: Granularity = 'day';
    let priority = 1;
    let midnight: string | undefined;
    // Whether this day or month took its year from the dated one listed before it.
    let takesListYear = false;
    if (has('day') && has('month')) {
      // The year too is the written day's: chrono's moved end may hold the next year's.
      const written = writtenDayOfSecondEnd(text, part) ?? c;
      const month = written.get('month')!;
      const day = written.get('day')!;
      const hasYear = written.isCertain('year');
      const near = fromListed(text, listed, start, month, day, published);
      const from = part.from && dayOf.get(part.from);
      if (near && !from && !hasYear) takesListYear = true;
      const journalIssue = isJournalIssueDay(text, start, end);
      value = hasYear
        ? `${written.get('year')}-${pad(month)}-${pad(day)}`
        : !from && near
          ? // "on Dec. 30, 2023 and Jan. 2": the day nearest the one listed before it.
            near
          : from
            ? // "held on April 24 and 25", "Dec. 30 to Jan. 2", "brought forward from March 20 to
              // March 12": a range's second day with no year of its own is the one nearest
              // the first; the tense and the verb before the first ("was held") are the first
              // day's to weigh, not the second's.
              dayMonthByTense(month, day, from.slice(0, 10), 'unknown')
            : journalIssue
              ? // "published in the July 22 issue of JAMA", said on July 20: the nearest such
                // day, whatever the verb before it; only the tense may move it, when the nearest
                // is more than three months on its wrong side ("was published in the June 10
                // issue of Science", said in January, is last June's).
                dayMonthByTense(month, day, published, tense())
              : storyDay(
                  text,
                  start,
                  published,
                  tense(),
                  dayMonthByTense(
                    month,
                    day,
                    published,
                    tense(),
                    verbBefore(text, stretchStart(text, start, end), end, tense()),
                  ),
                );
      // "The deal was signed three days before March 15", told on March 10: the deed counted from
      // the day is gone by, so the day is the one such a count back from lies before publication.
      if (!has('year') && !from && !near && tense() === 'past' && !journalIssue)
        value = dayOfPastCount(text, start, value, published);
      // "The offer ends at midnight on Dec. 1": after a verb of ending, the midnight that ends the
      // day, as after a weekday (midnightEndsDay); a calendar day's midnight opens it otherwise.
      // So is the midnight that closes a stretch of hours opened by a clock of the same evening
      // ("Voting hours were extended from 10 p.m. to midnight March 3"): it comes after the first
      // clock, at the end of the day, not at its start before it.
      if (
        has('hour') &&
        ((MIDNIGHT_BEFORE_DAY.test(text.slice(start, end)) &&
          (midnightEndsDay(text, start) || closesEveningOfSameDay(part))) ||
          midnightAfterDayEndsIt(text, start, end))
      ) {
        const evening = closesEveningOfSameDay(part);
        // An extension told in the past still runs to the end of its day ("The ban was extended
        // to midnight March 5"): the past dates the extending, not the midnight.
        const keepStart =
          !evening &&
          tense() === 'past' &&
          value >= published.slice(0, 10) &&
          !midnightEndsExtension(text, start) &&
          !midnightOfDeadline(text, start);
        midnight = endOfDay(value, { timeml, keepStart });
        value = midnight.slice(0, 10);
      }
      dayOf.set(part, midnight ? dayOpenedBy(midnight) : value);
      // "this coming Sunday, March eighth": the lead of the weekday written with its date.
      if (has('weekday'))
        start -= weekdayDateLead(
          text.slice(Math.max(0, start - 20), start),
          text.slice(start, end),
        );
    } else if (has('weekday')) {
      // "this past Sunday", "this coming Monday", "coming Monday": the modifier belongs to the
      // expression, as "last" and "next" do.
      const lead = WEEKDAY_LEAD.exec(text.slice(Math.max(0, start - 20), start));
      if (lead) start -= lead[0].length;
      const counted = WEEKS_FROM_WEEKDAY.exec(text.slice(Math.max(0, start - 40), start));
      // A count right before the weekday counts it on only with "on" and a single week or
      // fortnight ("a week on Tuesday"), and not after "for" ("jailed for a week on Tuesday") or
      // in a past clause ("The talks collapsed a week on Thursday"): there the count is how long
      // and the weekday its day. "ago" and "from" count any number ("two weeks from Monday"),
      // "from" not where the count is how long ("closed for three weeks from Monday").
      const countsOn =
        counted &&
        (counted[3] || /^on\s/i.test(text.slice(start, end))) &&
        (/^ago$/i.test(counted[3] ?? '') ||
          (/^from$/i.test(counted[3] ?? '') &&
            !isLengthCountedFrom(text, start - counted[0].length, end)) ||
          (ONE_COUNT_ON.test(counted[1]!) &&
            !LENGTH_BEFORE_COUNT.test(text.slice(0, start - counted[0].length)) &&
            tense() !== 'past'));
      const round = countsOn ? counted : null;
      const after = WEEK_AFTER_WEEKDAY.exec(text.slice(end));
      // "a week on Tuesday", "a fortnight on Monday": British for that many weeks after the coming
      // such day, as "two weeks from Monday" is.
      const count = round
        ? (readNumber(round[1]!) ?? NaN) * weeksIn(round[2]!)
        : after
          ? weeksIn(after[1]!)
          : undefined;
      const weeks =
        count === undefined || !Number.isInteger(count)
          ? 0
          : round?.[3]?.toLowerCase() === 'ago'
            ? -count
            : count;
      if (weeks !== 0) {
        if (round) start -= round[0].length;
        else end += after![0].length;
      }
      // "on Oct. 11, 1998, a Sunday": the weekday only says which day of the week the date was.
      if (weeks === 0 && APPOSED.test(text.slice(Math.max(0, start - 12), start)))
        apposed = c.get('weekday')!;
      const from = part.from && dayOf.get(part.from);
      const modifier = modifierBefore(text, start, text.slice(start, end));
      // "He was set to travel to Kyiv on Monday": a plan told in the past is on the nearest such
      // day, gone by or to come. A bare expectation ("Official results were expected early Monday")
      // only for a day two days ahead at most, whatever the story told before: "A verdict was
      // expected on Friday", said on a Tuesday, is gone by. So is a plan told with "had been" ("had
      // been set to expire at 5 p.m. Friday", said on a Wednesday, is the coming Friday; on a
      // Saturday, the last).
      const told =
        weeks === 0 &&
        modifier === undefined &&
        planToldPast(text, start, end, sentenceAround(text, start, end));
      // "The vote, originally scheduled for Friday, was delayed": the nearest Friday too.
      // "The study appears in Thursday's New England Journal of Medicine": a journal's issue is
      // the nearest such day, as the plan's first day is.
      const aside =
        weeks === 0 &&
        modifier === undefined &&
        (originalPlanAside(text, start, end) || isJournalIssueDay(text, start, end));
      const nearest = aside
        ? nearestWeekday(c.get('weekday')!, published)
        : told &&
          nearestWeekday(
            c.get('weekday')!,
            published,
            told === 'plan' ? storyDayBefore(text, start, dayGoneBy) : undefined,
          );
      const plan =
        nearest !== undefined &&
        nearest !== false &&
        (aside ||
          (told !== 'expectation' && told !== 'perfect') ||
          expectedDayNear(nearest, published));
      // "stage a strike on Wednesday" in a sentence naming this week, said on a Monday: the
      // Wednesday still ahead in it, whatever a headline's present would say; not one a past verb
      // tells ("The index, which fell on Friday, opens this week at a low").
      const aheadThisWeek = () => {
        if (modifier !== undefined) return false;
        const around = sentenceAround(text, start, end);
        const sentence = `${around.before}${text.slice(start, end)}${around.after}`;
        return aheadInThisWeek(sentence, around.before, c.get('weekday')!, published);
      };
      const day =
        from && weeks === 0 && clockRange(part)
          ? // "from 10 p.m. Friday until 6 a.m. Saturday": the second end's weekday is the
            // first such day on or after the first end's day, whatever the tense; read alone,
            // the Saturday of a curfew gone by would be the one before the Friday.
            weekdayByTense(c.get('weekday')!, from.slice(0, 10), 'future')
          : plan
            ? nearest
            : weekdayByTense(
                c.get('weekday')!,
                published,
                weeks < 0
                  ? 'past'
                  : weeks > 0 || (tense() !== 'past' && aheadThisWeek())
                    ? 'future'
                    : tense(),
                modifier,
              );
      value = weeks === 0 ? day : shiftTimex(day, { amount: weeks, unit: 'week' });
      // "midnight Friday", "at midnight on Friday": the midnight that ends Friday (endOfDay), but
      // whatever the verb ("The shutdown will begin at midnight Friday" is Friday night), but
      // Friday's start in a past clause when Friday's end is after publication, unless it is a
      // deadline set in that clause ("had set a deadline of midnight Tuesday", said that Tuesday:
      // midnightOfDeadline). "Friday midnight" ends it too, whatever stands before it
      // (WEEKDAY_BEFORE_MIDNIGHT).
      if (
        weeks === 0 &&
        (MIDNIGHT_BEFORE_WEEKDAY.test(text.slice(start, end)) ||
          WEEKDAY_BEFORE_MIDNIGHT.test(text.slice(start, end)) ||
          opensWithTwelveAtNight(text.slice(start)) ||
          midnightAfterDayEndsIt(text, start, end))
      ) {
        const keepStart =
          !plan &&
          tense() === 'past' &&
          value >= published.slice(0, 10) &&
          !midnightOfDeadline(text, start);
        midnight = endOfDay(value, { timeml, keepStart });
        value = midnight.slice(0, 10);
      }
      // A weekday's clock time is what a stretch of hours' second end goes on from (clockRange).
      if (has('hour')) dayOf.set(part, midnight ? dayOpenedBy(midnight) : value);
      // It outranks "a week ago" read alone, which would name the week, not the day.
      if (weeks !== 0) priority = 4;
    } else if (has('month')) {
      // "a protest march", "may": a month's name is written with a capital.
      if (/^[a-z]+$/.test(part.text.trim())) continue;
      // "Sales in 1991 may rise": the modal after a year, which names the year alone.
      if (writesMonthInLowerCase(part.text)) continue;
      // "a blow to May, who said": the person, whom chrono takes for the month before a comma
      // even with no "in" before it.
      if (
        !has('year') &&
        /^May\b/.test(text.slice(start, end)) &&
        !/\bin\s*$/i.test(masked.slice(Math.max(0, start - 12), start)) &&
        isPersonMay(text, start)
      )
        continue;
      // "Days after August Wilson's play opened", "June Carter said": a first name.
      if (!has('year') && isMonthAsFirstName(text, start)) continue;
      // "Frederick March Jr., a director, resigned": a surname, by a given name and a suffix.
      if (!has('year') && !has('day') && isMonthAsSurname(text, start, end)) continue;
      // "Shares of May Department Stores rose": a company, by its name.
      if (!has('year') && !has('day') && isMonthInCompanyName(text, start, end)) continue;
      // "the March of the Combatant Mothers", "the March for Life": a march, by its name.
      if (
        /^march\b/i.test(text.slice(start, end)) &&
        /^\s+(?:of|for|on|against)\s+(?:the\s+)?[A-Z](?![a-z]*day\b)/.test(
          text.slice(start + 5, start + 45),
        )
      )
        continue;
      granularity = 'month';
      // "last February", "this September": the word before belongs to the expression.
      const before = MONTH_MODIFIER.exec(text.slice(Math.max(0, start - 14), start));
      const modifier = before
        ? ({ past: 'last', coming: 'next' }[before[1]!.toLowerCase()] ?? before[1]!.toLowerCase())
        : undefined;
      if (before && !has('year')) start -= before[0].length;
      const near = fromListed(text, listed, start, c.get('month')!, undefined, published);
      if (near && !has('year')) takesListYear = true;
      value = has('year')
        ? `${c.get('year')}-${pad(c.get('month')!)}`
        : near
          ? // "in December 2023 and January": the month nearest the one listed before it.
            near
          : (planEndAfterFailure(
              text.slice(Math.max(0, start - 300), start),
              text.slice(end, end + 140),
              c.get('month')!,
              published,
            ) ??
            // "In 2019, analysts had expected the merger to close in December": that year's.
            expectedMonthOfYearNamed(
              text.slice(Math.max(0, start - 300), start),
              c.get('month')!,
              published,
            ) ??
            // "In 1987, the December contract traded as high as $500": that year's month.
            monthOfOpeningYear(text, start, c.get('month')!, published) ??
            // "The plant, closed five years ago in March, …": that year's month.
            monthOfYearsAgo(text, start, c.get('month')!, published) ??
            monthByTense(
              c.get('month')!,
              published,
              isContractMonth(text.slice(Math.max(0, start - 20), start), text.slice(end, end + 40))
                ? 'future'
                : monthTense(text, start, end, c.get('month')!, published, tense()),
              modifier as Modifier,
              movesAheadTo(text, start) && tense() !== 'past' ? 'ahead' : undefined,
            ));
      // "Farmers usually prepare the ground in March": a habit's month is any year's.
      if (!has('year') && !near && !modifier && isHabitualMonth(text, start, end))
        value = `XXXX-${pad(c.get('month')!)}`;
    } else if (has('year')) {
      granularity = 'year';
      value = String(c.get('year'));
    }
    if (value === undefined) {
      // "at 10 p.m.", "at 10:35 a.m.": a clock time alone is on the day last mentioned.
      const clock = clockTime(c);
      if (!clock || !CLOCK.test(part.text)) continue;
      // "from 10 p.m. Friday until 6 a.m.", "On Sunday, … from 10 p.m. to 4 a.m.": a stretch of
      // hours' second clock with no day of its own is on the first's day, or the day after when
      // it is not later than the first (the night through to the morning).
      const range = clockRange(part);
      const daysOn = clockRangeIntoNextDay(part) ? 1 : 0;
      const from = range ? dayOf.get(part.from!) : undefined;
      if (!from) {
        // A midnight ahead or "before midnight" is publication's when no day is named; one after
        // a night ends the night's day, publication's only when the night's words say so.
        const afterNight = daysOn === 0 && isBareMidnightAfterNight(text, start, end);
        const ahead =
          isBareMidnightAhead(text, start, end) || isMidnightDeadlineTonight(text, start, end);
        // "He addressed the crowd shortly before midnight": told in the past with no day named,
        // the deed cannot come after publication, so the midnight is the one that opened
        // publication's day (the end of the day before), not the one that closes it.
        const beforeGone =
          !ahead &&
          isBareMidnightBefore(text, start, end) &&
          tenseAround(text, start, end) === 'past';
        const endsDay =
          daysOn === 0 &&
          (ahead || isBareMidnightBefore(text, start, end)
            ? { timeml, unnamedDay: beforeGone ? -1 : 0 }
            : afterNight
              ? { timeml, unnamedDay: afterNight.daysFromPublication }
              : undefined);
        // "The mayor conceded shortly after 11 p.m.": a late clock told in the past, the evening
        // before publication when the story names no day.
        const eveningGoneBy =
          !range &&
          !endsDay &&
          isLateClockGoneBy(
            clock,
            tenseAround(text, start, end),
            text.slice(Math.max(0, start - 30), start),
          );
        readings.push(
          clockOnLastDay(
            text,
            start,
            end,
            clock,
            published,
            daysOn,
            endsDay || undefined,
            eveningGoneBy,
          ),
        );
        continue;
      }
      value = shiftTimex(from.slice(0, 10), { amount: daysOn, unit: 'day' });
    }
    // "36 hours ago": chrono counts the hours back from its noon reference and calls the hour
    // certain, but the words state no clock.
    const counted = /(?<!\b\d{4}\s*)\b(?:hours?|hrs?|minutes?|mins?)\b/i.test(part.text);
    const time =
      granularity === 'day' && !clockless && !counted ? (midnight?.slice(10) ?? clockTime(c)) : '';
    if (time && nightBefore(text, part)) value = shiftTimex(value, { amount: -1, unit: 'day' });
    if ((granularity === 'day' || granularity === 'month') && (has('year') || takesListYear))
      listed = { end, value };
    // A day gone by the story is told up to; not a count "before" or "after" something named later
    // ("two weeks before another state election in Hesse on Oct. 28"), which chrono counts from
    // publication.
    if (
      granularity === 'day' &&
      value !== undefined &&
      value.slice(0, 10) < published.slice(0, 10) &&
      !/\b(?:before|after)$/i.test(part.text)
    )
      dayGoneBy = { end, value: value.slice(0, 10) };
    const resolved = value;
    const weekday = apposed;
    readings.push({
      start,
      end,
      priority,
      anaphoric: weekday !== undefined,
      resolve: ({ anaphoric }) => {
        const same = weekday !== undefined && isWeekdayOf(anaphoric.value, weekday);
        return {
          type: time ? 'TIME' : 'DATE',
          value: (same ? anaphoric.value.slice(0, 10) : resolved) + time,
          granularity,
          anchor: same ? anaphoric.source : { kind: 'published', date: published },
        };
      },
    });
  }
  return readings;
};
