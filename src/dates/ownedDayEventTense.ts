import { addDays } from 'date-fns';
import { actingAtDayEvent, happeningAtDayEvent } from './actingAtDayEvent.ts';
import { toCalendarDate, toLocalDate } from './calendarDate.ts';
import { continuedDayEvent } from './continuedDayEvent.ts';
import { isCountOfDayEvent } from './isCountOfDayEvent.ts';
import { dayElectionOwned } from './dayElectionOwned.ts';
import { dayEventAwaited } from './dayEventAwaited.ts';
import { dayFixtureAhead } from './dayFixtureAhead.ts';
import { dayOutcomeAftermath } from './dayOutcomeAftermath.ts';
import { daySittingOwned, mayDoAtSitting, SITTING_PLACE_BEFORE } from './daySittingOwned.ts';
import { deedOnDayEventAhead } from './deedOnDayEventAhead.ts';
import { dayVoteIsTestAhead } from './dayVoteIsTestAhead.ts';
import { dayVoteSubjectIs } from './dayVoteSubjectIs.ts';
import { electionDayAhead } from './electionDayAhead.ts';
import { expectedDayEventAhead } from './expectedDayEventAhead.ts';
import { expectedDayMoveAhead } from './expectedDayMoveAhead.ts';
import { likelyDayEventAhead } from './likelyDayEventAhead.ts';
import { scheduledDayEvent } from './scheduledDayEvent.ts';
import { sentenceAround, tenseAround, type Tense } from './tenseAround.ts';
import { voteFacedAhead } from './voteFacedAhead.ts';
import { nearestWeekday } from './weekdayByTense.ts';

// How far back a deed done at a day's event may start: its verb, object and a phrase or two.
const DEED_REACH = 90;

/**
 * The tense of an event a day owns, the day's possessive from `start` to `end` ("Wednesday's
 * ruling"), once the day is named alone as that owner: gone by when told how it went or as a
 * market's move ("Traders hope Wednesday's rally will continue", "Friday's selloff in bonds is
 * expected to continue today"), ahead when it is on a timetable, told likely or with a "would"
 * reported, awaited or acted at ("ahead of Friday's jobs report", "Thursday's referendum is likely
 * to draw a record turnout", "will present her budget at Tuesday's meeting"), a vote or a sitting
 * by its sentence and the nearer day, and gone by otherwise. `weekday` is chrono's (Sunday 0), or
 * null when no weekday is named.
 *
 * @example ownedDayEventTense("Traders hope Wednesday's rally will continue.", 13, 22, 3, '2025-08-08') // 'past'
 */
export function ownedDayEventTense(
  text: string,
  start: number,
  end: number,
  weekday: number | null,
  published: string,
): Tense {
  const event: OwnedDayEvent = {
    text,
    start,
    end,
    weekday,
    published,
    before: text.slice(Math.max(0, start - 30), start),
    after: text.slice(end, end + 40),
    sentenceBefore: sentenceAround(text, start, end).before,
  };
  const toldByWords = tenseToldOfEvent(event);
  if (toldByWords) return toldByWords;
  // The sentence's tense, worked out once for the checks below that weigh it.
  let toldOnce: Tense | undefined;
  const told = () => (toldOnce ??= tenseAround(text, start, end));
  // With no weekday named the event is gone by; else the nearest such weekday to publication,
  // for the vote and sitting checks below.
  if (weekday === null) return 'past';
  const nearest = nearestWeekday(weekday, published);
  return voteAhead(event, nearest, told) ?? sittingTense(event, nearest, told);
}

/** An event a day owns, its words on either side and its sentence before it. */
interface OwnedDayEvent {
  text: string;
  start: number;
  end: number;
  weekday: number | null;
  published: string;
  before: string;
  after: string;
  sentenceBefore: string;
}

/**
 * The tense the words told of the event give, a move gone on or awaited, an outcome, a
 * timetable, a deed done at it, or undefined when they give none.
 */
function tenseToldOfEvent(event: OwnedDayEvent): Tense | undefined {
  const { text, start, end, weekday, published, before, after, sentenceBefore } = event;
  // The same words on as far as what the event is told to do ("…report is expected to keep
  // pressure on the Fed"), for the checks below that read that far.
  const afterClause = text.slice(end, end + 100);
  // "Final results from Tuesday's voting are expected late tonight", said on a Friday: a count of
  // what the day held, the one gone by when that is the nearer (isCountOfDayEvent).
  if (
    weekday !== null &&
    isCountOfDayEvent(before) &&
    nearestWeekday(weekday, published) <= published.slice(0, 10)
  )
    return 'past';
  // "Traders hope Wednesday's rally will continue": a move told to go on, or to be won back,
  // has happened, however near the coming Wednesday is (continuedDayEvent).
  if (continuedDayEvent(after, weekday)) return 'past';
  // "Thursday's expected rise in interest rates is likely to hurt stocks": an event the day
  // owns as awaited, told in the present or of what may come, is to come
  // (expectedDayMoveAhead), a market's move too.
  if (weekday !== null && expectedDayMoveAhead(afterClause)) return 'future';
  // "Friday's strong employment report is expected to keep pressure on the Fed", "Friday's
  // selloff in bonds is expected to continue today": an event told how it went, or a market's
  // move, is gone by; only its effect is ahead (dayOutcomeAftermath).
  if (dayOutcomeAftermath(afterClause, weekday)) return 'past';
  // "Saturday's early kick-off at Anfield is at 12.30pm": a timetable's event is to come.
  if (weekday !== null && scheduledDayEvent(text.slice(end, end + 80))) return 'future';
  // "Tuesday's auction of three-month bills is expected to draw strong demand": an event held
  // on a timetable, told with what it is expected to do, is to come.
  if (weekday !== null && expectedDayEventAhead(afterClause)) return 'future';
  // "Thursday's referendum is likely to draw a record turnout", "Officials said Tuesday's
  // auction would draw strong demand": a set event told as likely, or with a "would" reported,
  // is to come (likelyDayEventAhead).
  if (weekday !== null && likelyDayEventAhead(afterClause, weekday, published)) return 'future';
  // "Saturday's match against Leeds is a sell-out": said of a fixture still to come.
  if (weekday !== null && dayFixtureAhead(afterClause)) return 'future';
  if (dayEventAwaited(before, after, weekday, published, sentenceBefore)) return 'future';
  // "Hundreds of officers will guard Wednesday's state funeral", said on the Saturday before: a
  // deed done over the event while it is held is the coming one's, unless the day gone by is
  // publication's own weekday or one of the two before it (deedOnDayEventAhead).
  if (weekday !== null && deedOnDayEventAhead(before, weekday, published, after)) return 'future';
  // A deed done at the event, its object between ("will present her budget at"), may stand
  // further back than the words of awaiting.
  if (actingAtDayEvent(text.slice(Math.max(0, start - DEED_REACH), start))) return 'future';
  // "will ask about the remarks at Monday's meeting": what happened at it, a sitting gone by.
  if (happeningAtDayEvent(before)) return 'past';
  return undefined;
}

/** Whether a vote the day owns is the coming one by its sentence: 'future', else undefined. */
function voteAhead(event: OwnedDayEvent, nearest: string, told: () => Tense): 'future' | undefined {
  const { published, before, after, sentenceBefore } = event;
  // "a big turnout in Tuesday's elections": an election a preposition leads to, in a sentence
  // of no tense, is the coming day when it is the next one. Told two or three days on, a
  // weekend's "results in Tuesday's elections" are of the Tuesday gone by.
  if (
    dayElectionOwned(after) &&
    SITTING_PLACE_BEFORE.test(before) &&
    told() === 'unknown' &&
    nearest === toCalendarDate(addDays(toLocalDate(published), 1))
  )
    return 'future';
  // "Saturday's vote is only the second presidential election", said on the Wednesday before:
  // a vote its sentence opens with, told in the present of "be", is the coming one when that
  // is the nearer (dayVoteSubjectIs); told a test still to come ("Sunday's election is the
  // first real test": dayVoteIsTestAhead), it is the coming one even when the one gone by is
  // nearer, but not when that is the vote of the day before publication, just held ("Sunday's
  // election is the first real test …, and early returns gave him 52 percent", said on the
  // Monday).
  const dayBefore = toCalendarDate(addDays(toLocalDate(published), -1));
  if (
    (nearest > published.slice(0, 10) || (nearest !== dayBefore && dayVoteIsTestAhead(after))) &&
    dayVoteSubjectIs(before, after)
  )
    return 'future';
  // A vote is the coming one by its sentence, but not the day before publication, the vote
  // just held ("Election officials will certify Tuesday's vote next week", said on a
  // Wednesday).
  if (nearest !== dayBefore) {
    // "Voters will choose a governor in Tuesday's election": a vote in a sentence told with
    // "will" (electionDayAhead).
    if (electionDayAhead(sentenceBefore, after, told(), nearest < published.slice(0, 10)))
      return 'future';
    // "Smith faces Tuesday's primary", said on the Saturday before: a vote the sentence stands
    // before in the present, as a headline does (voteFacedAhead).
    if (voteFacedAhead(sentenceBefore, after) && told() !== 'past') return 'future';
  }
  return undefined;
}

/** The tense of a sitting the day owns, told by its sentence; any other event is gone by. */
function sittingTense(event: OwnedDayEvent, nearest: string, told: () => Tense): Tense {
  const { published, before, after } = event;
  // "The vote is expected at Thursday's council meeting": a sitting a preposition leads to is
  // read by its sentence, the nearest such day when the sentence tells no tense.
  if (!daySittingOwned(after) || !SITTING_PLACE_BEFORE.test(before)) return 'past';
  if (mayDoAtSitting(before)) return 'future';
  return told() === 'unknown' && nearest > published.slice(0, 10) ? 'future' : told();
}
