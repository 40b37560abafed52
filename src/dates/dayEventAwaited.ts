import { attendingAheadBefore } from './attendingAheadBefore.ts';
import { availableForDayEvent } from './availableForDayEvent.ts';
import { competingInBefore } from './competingInBefore.ts';
import { disruptionAheadOfDayEvent } from './disruptionAheadOfDayEvent.ts';
import { HELD_EVENT } from './expectedDayEventAhead.ts';
import { toLocalDate } from './calendarDate.ts';
import { CROWD_OR_MARKET_MOVES, MARKET_ONLY_MOVES, movesSource } from './marketMove.ts';
import { OUTCOME_ADJECTIVE } from './outcomeAdjective.ts';
import { planFateAhead } from './planFateAhead.ts';
import { TURNED_OUT_EVENT } from './turnedOutEvent.ts';
import { nearestWeekday } from './weekdayByTense.ts';

// A day's event looked forward to: "ahead of Friday's report", "awaiting Sunday's vote",
// "Friday's vote will decide it", "In Sunday's vote, voters will choose" (not "They will study
// Monday's attack"), "Fans are looking forward to Saturday's final", "Residents are bracing for
// Saturday's storm".
const AWAITED_BEFORE =
  /\b(?:ahead of|awaits?|awaiting|preparing for|prepares? for|in the run-up to|upcoming|looks? (?:ahead|forward) to|(?:is|are|'re|’re) (?:looking (?:ahead|forward) to|bracing for))\s+(?:the\s+)?$/i;
// The time left before a day's event: "With three days left before Sunday's parliamentary
// elections", "two weeks remaining until Saturday's final", "hours to go before Friday's
// deadline". A count of time left runs only toward what is still to come.
const TIME_LEFT_BEFORE =
  /\b(?:days?|hours?|weeks?|minutes?)\s+(?:left|remaining|to\s+go)\s+(?:before|until|till|to)\s+(?:the\s+)?$/i;
// A past perfect after the day ("With four days left before Saturday's election, Chen had surged
// in the polls", "taken with a week to go before Sunday's vote, had shown"): the time left was
// counted in a story gone by, and the event is gone by too.
const PAST_PERFECT_AFTER = /\bhad\s+(?:(?:not|already|just)\s+)?(?:been|[a-z]+(?:ed|en|wn))\b/i;
// A present verb of expecting or watching ("We expect Friday's meeting to give some impetus",
// "Traders are watching Friday's jobs report") as often looks at what is to come of an event gone
// by ("Analysts expect Monday's selloff to continue", "Officials are waiting for Sunday's ballots
// to be counted"): its weekday is the coming one only when that is the nearer (see
// expectingAhead). Its past is not looking forward ("They had expected Friday's meeting to
// settle it", "were watching"), nor its base form after a past or modal ("Markets did not expect
// Tuesday's rate cut", "Nobody could anticipate Monday's collapse"), nor "hopes", which as often
// looks back ("He hopes Sunday's win marks a turning point"). Its progressive is present too
// ("Analysts are expecting Friday's jobs report to show slower hiring"); "had been expecting" is
// not.
const EXPECTING_BEFORE =
  /\b(?:expects?|anticipates?|(?:is|are|'re|’re) (?:watching|eyeing|waiting for|expecting|anticipating))\s+(?:the\s+)?$/i;
// A future verb of watching a release ("Traders will be watching Friday's employment report",
// "Economists will be looking closely at Thursday's report on producer prices", "will focus on
// Friday's January figures", its "on" read with the weekday), said earlier in the week or on the
// day (releaseMayBeAhead): a report, figures or data published on a day are watched before they
// come out, so the weekday is the coming one, even when the one gone by is nearer. Only a release
// (RELEASE_AFTER): "will study Monday's attack", "will be watching Friday's selloff for signs"
// look at what came of a day.
const WATCHING_AHEAD_BEFORE =
  /\b(?:will|['’]ll)\s+(?:(?:also|be|closely|carefully)\s+){0,3}(?:watch(?:ing)?|eye(?:ing)?|scrutiniz(?:e|ing)|look(?:ing)?(?:\s+(?:closely|carefully))?\s+at|focus(?:ing)?(?:\s+on)?|wait(?:ing)?\s+for)\s+(?:the\s+)?$/i;
// A day's trading is no release ("will eye Monday's trading data as they investigate the plunge").
const RELEASE_AFTER =
  /^['’]s\s+(?:(?!trading\b)[\w-]+\s+){0,3}?(?:report|figures|data|numbers|statistics)\b(?!,?\s+(?:(?:which|that)\s+(?:showed|indicated|revealed|was|were)|showing|of\s+an?)\b)/i;
// A release whose day went by one or two days ago is out, and studied ("The Fed will look at
// Monday's figures on consumer credit", said on Wednesday): only from three days back, when copy
// tells the one gone by as last week's, not by its weekday, is the coming day's release the one
// still watched for or expected.
const RELEASE_OUT_DAYS = 3;

/** The days from the weekday (Sunday 0) last on or before publication to publication, 0 to 6. */
function daysBack(weekday: number, published: string): number {
  return (toLocalDate(published.slice(0, 10)).getDay() - weekday + 7) % 7;
}

/** Whether `weekday` (Sunday 0) is the day of publication or went by at least RELEASE_OUT_DAYS before it. */
function releaseMayBeAhead(weekday: number | null, published: string): boolean {
  return (
    weekday !== null && (daysBack(weekday, published) === 0 || goneByLongAgo(weekday, published))
  );
}
const EXPECTING_NOT_PRESENT = /\b(?:did|could|would|might)(?:\s+not|n['’]t)?\s+\w+\s+(?:the\s+)?$/i;
// "Police expect Monday's shooting was gang-related": the event told in the past is gone by.
const PAST_AFTER = /^['’]s\s+(?:[\w-]+,?\s+){1,3}(?:was|were|had)\b/i;
// The "will" is the event's own unless a joiner, and at most a pronoun, stands right before it:
// in "He was injured in Saturday's game and will miss two weeks" it is the player's, after a
// clause of his own. A joiner within the event's name keeps it ("Sunday's race and parade will
// close roads", "Friday's Q and A will be streamed").
const WILL_AFTER =
  /^['’]s\s+(?:[\w-]+,?\s+){1,3}(?<!\b(?:and|but|or|then)\s+(?:(?:he|she|it|they|we|you|i)\s+)?)(?:will|is (?:expected|set|due|scheduled)|are (?:expected|set|due|scheduled))\b/i;
// A move of a market or the outcome of a happening, known only once it is over: "losses",
// "selloff", "win". The shared words of a market's move (marketMove), and on purpose beside them
// "loss", "plunge" and "crash", and the outcomes of a happening ("damage", "defeat", "win",
// "victory"); not "rise", "rebound", "advance" or "gain", which are told turned out only with a
// word of outcome (TURNED_OUT), as "Tuesday's rise in rates" can be ahead.
const MOVE = movesSource([
  ...MARKET_ONLY_MOVES,
  ...CROWD_OR_MARKET_MOVES,
  'loss',
  'plunge',
  'crash',
  'damage',
  'defeat',
  'win',
  'victory',
]);
// What can be told how it turned out: a move, or an event (turnedOutEvent).
const TURNED_OUT = String.raw`(?:${MOVE}|rise|rebound|advance|gain|increase|${TURNED_OUT_EVENT})`;
// "Friday's weak jobs report will weigh on stocks", "Thursday's dismal sales figures will keep the
// Fed on hold": an event told how it turned out has been held, and its "will" tells its aftermath.
// Only before such an event, up to three words on and before its verb: "Saturday's steep mountain
// stage", "Sunday's strong field", "Saturday's grim anniversary" are still to come (review).
const OUTCOME_TOLD_AFTER = new RegExp(
  String.raw`^['’]s\s+(?:${OUTCOME_ADJECTIVE})\s+(?:(?!(?:will|would|is|are|was|were)\b)[\w-]+\s+){0,3}?${TURNED_OUT}\b`,
  'i',
);
// "Monday's losses", "Monday's selloff", "Sunday's win": a move of a market or the outcome of a
// happening, known only once it is over.
const OUTCOME_AFTER = new RegExp(String.raw`^['’]s\s+(?:[\w-]+\s+){0,2}?${MOVE}\b`, 'i');

// "Friday's report", "Thursday's retail sales data", "Friday's gross domestic product figures":
// an event held or published on a timetable (HELD_EVENT), up to three words before it, none a word
// of how it turned out.
const HELD_EVENT_AFTER = new RegExp(
  String.raw`^['’]s\s+(?:(?!${OUTCOME_ADJECTIVE}\s)[\w-]+\s+){0,3}?${HELD_EVENT}\b`,
  'i',
);

/**
 * Whether the weekday gone by (Sunday 0) is RELEASE_OUT_DAYS or more days before publication, as
 * Friday is on a Monday: a report or a release expected then is the coming one, however much
 * nearer the one gone by, since copy tells an event three days gone as last week's, not by its
 * weekday.
 */
function goneByLongAgo(weekday: number | null, published: string): boolean {
  return weekday !== null && daysBack(weekday, published) >= RELEASE_OUT_DAYS;
}

/**
 * Whether a weekday's event after a present verb of expecting is the coming one: when the weekday
 * ahead is nearer than the one gone by (nearestWeekday), as "We expect Friday's meeting…" said on
 * a Wednesday; "Analysts expect Monday's selloff to continue", said on a Wednesday, is gone by.
 */
function expectingAhead(weekday: number | null, published: string): boolean {
  return weekday !== null && nearestWeekday(weekday, published) > published.slice(0, 10);
}

/**
 * Whether the event a day owns ("Friday's vote", "Monday's selloff"), `before` and `after` the
 * day's words (`after` opening with the "'s"), is awaited: looked forward to ("ahead of Friday's
 * jobs report", "with three days left before Sunday's elections", or after a present verb of
 * taking part: "The two sides meet again in Saturday's semifinal"), attended ahead ("will attend
 * Friday's ceremony"), a journey or fixture that may yet
 * be disrupted ("Snow will disrupt Friday's commute", `disruptionAheadOfDayEvent`), told with what
 * it will do ("Friday's vote will decide it") or with the fate of a plan ("said Monday's deadline
 * would not be extended", `planFateAhead`), or after a present verb of expecting whose weekday
 * ahead is the nearer (`weekday`, Sunday 0, null for a day named without one; `published`,
 * YYYY-MM-DD; `sentenceBefore`, the sentence's words before the day, where a warning may be told in
 * the past). Otherwise it is what came of a day gone by.
 */
export function dayEventAwaited(
  before: string,
  after: string,
  weekday: number | null,
  published: string,
  sentenceBefore = before,
): boolean {
  // After a present verb of expecting, a "will" after an event that is a market's move or what
  // came of a happening tells what is expected of it ("Investors anticipate Monday's losses will
  // be recouped"), not that it is to come: the expecting weighs it as it does "expect Monday's
  // selloff to continue". An event that is held or published ("Analysts expect Friday's jobs
  // report will show slower hiring") is still the one to come.
  const expecting = EXPECTING_BEFORE.test(before);
  return (
    AWAITED_BEFORE.test(before) ||
    (TIME_LEFT_BEFORE.test(before) && !PAST_PERFECT_AFTER.test(after)) ||
    competingInBefore(before, after) ||
    // The sentence's words too: "will play for his sixth title in Sunday's final" runs longer
    // than `before`.
    attendingAheadBefore(before) ||
    attendingAheadBefore(sentenceBefore) ||
    availableForDayEvent(before) ||
    disruptionAheadOfDayEvent(sentenceBefore, after, expectingAhead(weekday, published)) ||
    planFateAhead(after) ||
    (WATCHING_AHEAD_BEFORE.test(before) &&
      RELEASE_AFTER.test(after) &&
      releaseMayBeAhead(weekday, published) &&
      !OUTCOME_TOLD_AFTER.test(after)) ||
    (WILL_AFTER.test(after) &&
      !OUTCOME_TOLD_AFTER.test(after) &&
      !(expecting && OUTCOME_AFTER.test(after))) ||
    (expecting &&
      !EXPECTING_NOT_PRESENT.test(before) &&
      !PAST_AFTER.test(after) &&
      (expectingAhead(weekday, published) ||
        // "Economists expect Friday's report to be strong", said on a Monday.
        (HELD_EVENT_AFTER.test(after) &&
          !OUTCOME_AFTER.test(after) &&
          goneByLongAgo(weekday, published))))
  );
}
