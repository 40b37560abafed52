import { isDayNamedAs } from './isDayNamedAs.ts';
import { isExpectedByDeadline } from './isExpectedByDeadline.ts';
import { isPresentScheduleClause } from './isPresentScheduleClause.ts';
import { isReportedExpectationBy } from './isReportedExpectationBy.ts';
import { isSayingTimeFronted } from './isSayingTimeFronted.ts';
import { isSinceOccasionOnDay } from './isSinceOccasionOnDay.ts';
import { IRREGULAR_PAST } from './irregularPast.ts';
import { LISTED_DAYS_HEAD_BEFORE } from './daysListedBefore.ts';
import type { VerbBefore } from './monthByTense.ts';
import { movesAheadTo } from './movesAheadTo.ts';
import { FUTURE_PASSIVE_BEFORE } from './futurePassiveBefore.ts';
import { PART_OF_DAY_SOURCE } from './partOfDay.ts';
import { PAST_CHANGE_VERB } from './pastChangeVerb.ts';
import { pastDeedAfterFrontedDay } from './pastDeedAfterFrontedDay.ts';
import { pastEventVerbBefore } from './pastEventVerbBefore.ts';
import { PAST_PASSIVE_DAY_BEFORE } from './pastPassiveDayBefore.ts';
import { pastVerbOfDaySubject } from './pastVerbOfDaySubject.ts';
import { PLAN_NOW_BEFORE } from './planNowBefore.ts';
import { PLAN_PARTICIPLE_BEFORE } from './planParticipleBefore.ts';
import { PLAN_TOLD_BEFORE } from './planToldBefore.ts';
import { REGULAR_PAST } from './regularPast.ts';
import { SCHEDULE_VERB_BEFORE } from './scheduleVerbBefore.ts';
import type { Tense } from './tenseAround.ts';
import { thereWillBeBefore } from './thereWillBeBefore.ts';
import { VERB_AFTER_SINCE_DAY } from './verbAfterSinceDay.ts';
import { WILL_VERB_BEFORE } from './willVerbBefore.ts';

// "the night of", "the morning of": a part of the day named before its day and month.
const PART_OF_DAY_BEFORE = new RegExp(String.raw`\bthe\s+(?:${PART_OF_DAY_SOURCE})\s+of\s+$`, 'i');
// A past verb right before a day and month ("ended Jan. 31", "was killed on Oct. 23"), unless it
// is the participle of a plan ("scheduled Jan. 31", "postponed to").
const PAST_VERB_BEFORE = new RegExp(
  `\\b(?:${IRREGULAR_PAST}|${REGULAR_PAST})\\s+(?:on\\s+)?$`,
  'i',
);
// "since Jan. 20", "since at least Jan. 5": a day something goes on from.
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
// "will expire", "will take effect": a schedule's verb told with "will".
const WILL_OPENS = /^will\b/i;

/**
 * "rose 8% in the year to 31 March": figures told in the past are of a period already ended.
 * `words` are the words right before the day at `start`.
 */
function isPastFiguresPeriodEnd(text: string, start: number, words: string): boolean {
  if (!PERIOD_TO.test(words)) return false;
  const clause =
    text
      .slice(Math.max(0, start - 200), start)
      .split(CLAUSE_BREAK)
      .at(-1) ?? '';
  return PAST_CHANGE.test(clause) && !FORECAST.test(clause);
}

/** Whether what goes on since the day, or a deed told of it, puts it before publication. */
function isGoneBySinceOrDeed(text: string, start: number, end: number, words: string): boolean {
  // "has been in office since Jan. 20": what goes on since a day began before publication; not
  // "since" meaning "because", its day the subject of a verb ("since March 5 is a holiday"). A
  // hedge or "the" may come between: "since at least Jan. 5", "since early Jan. 5", "since the
  // Jan. 6 hearing".
  if (SINCE_BEFORE.test(words) && !VERB_AFTER_SINCE.test(text.slice(end))) return true;
  return (
    // "Since its debut on Jan. 1, the euro has fallen": the occasion "since" counts from, and its
    // day, lie before publication too.
    isSinceOccasionOnDay(words, text.slice(end)) ||
    // "The council's 4/12 vote approved the plan": the day's subject did a deed gone by.
    pastVerbOfDaySubject(text, start, end) ||
    // "On the fifth of May, nineteen more soldiers arrived": the main clause's deed, gone by.
    pastDeedAfterFrontedDay(text, start, end) ||
    isPastFiguresPeriodEnd(text, start, words)
  );
}

/**
 * What a verb with no deadline or schedule before it says of the day: "will be closed on 12
 * December" ahead, "ended Jan. 31" gone by, "Voters go to the polls on Nov. 3" ahead.
 */
function tenseOfVerbBefore(text: string, start: number, words: string): VerbBefore | undefined {
  // "will be closed on 12 December": a future's passive, which its participle hides, read as a
  // schedule's present is, so a stretch begun days ago keeps its year ("Trading will be suspended
  // from 9 to 12 June", said on 10 June).
  // "The committee is to report on 30 November": a plan told in the present still stands.
  if (
    FUTURE_PASSIVE_BEFORE.test(words) ||
    thereWillBeBefore(text, start) ||
    WILL_VERB_BEFORE.test(words) ||
    PLAN_NOW_BEFORE.test(words)
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

/**
 * What a verb right before a day and month says of it: gone by, ahead, to come, or nothing. The
 * new time of a thing put off is ahead unless its sentence tells it gone by (`tense`).
 */
export function verbBefore(
  text: string,
  start: number,
  end: number,
  tense: Tense,
): VerbBefore | undefined {
  const words = text.slice(Math.max(0, start - 40), start);
  // "came on the night of March 3", "will open on the morning of June 2": a part of the day
  // between the verb and its day does not part them; the verb dates the day as if right before it.
  const partOfDay = PART_OF_DAY_BEFORE.exec(words);
  if (partOfDay) return verbBefore(text, start - partOfDay[0].length, end, tense);
  // "walked out on 20, 21 and 22 January": a day-first list's head between the verb and the pair
  // its last two days make does not part them either.
  const listHead = LISTED_DAYS_HEAD_BEFORE.exec(words);
  if (listHead) return verbBefore(text, start - listHead[0].length, end, tense);
  // "was postponed to Feb. 2": the new time of a thing put off lies ahead as a schedule's does.
  if (movesAheadTo(text, start) && tense !== 'past') return 'ahead';
  if (isGoneBySinceOrDeed(text, start, end, words)) return 'past';
  // "declared Jan. 9 a day of mourning": the day the naming sets, which nearness dates.
  if (isDayNamedAs(text, start, end)) return undefined;
  // "expects to complete the sale by Dec. 31": a deadline still to be met cannot be a day gone.
  // "said it expected to complete the sale by Dec. 31": ahead only of a day just gone.
  const expected = isExpectedByDeadline(text, start)
    ? 'will'
    : isReportedExpectationBy(text, start)
      ? 'reported'
      : undefined;
  // "Last week, the company said it will pay the dividend by Dec. 31", said on 4 January 1990: a
  // saying set before publication by a time opening its sentence looks ahead from then, so a
  // deadline gone by since (a month at most, as a schedule's) is the one meant.
  if (expected) return isSayingTimeFronted(text, start) ? 'ahead' : expected;
  const schedule = SCHEDULE_VERB_BEFORE.exec(words);
  // "will expire", "will take effect": the schedule's future, not its present.
  if (schedule && WILL_OPENS.test(schedule[0])) return 'will';
  // "was scheduled to close on 1 December, but it was reprieved", "The trial was to begin on 3
  // March", said on 14 May 1997: a plan told in the past is no schedule's present, whatever its
  // sentence tells of it; the tense alone dates its day, the nearest gone by when the plan is told
  // undone, and a day under three months gone stays when it is told still standing.
  if (schedule) return PLAN_TOLD_BEFORE.test(words) ? undefined : 'ahead';
  return tenseOfVerbBefore(text, start, words);
}
