import { LOOKING_AHEAD } from './attendingAheadBefore.ts';
import { FIXTURE_NOUN } from './dayFixtureAhead.ts';
import { IRREGULAR_PAST } from './irregularPast.ts';

// What may still be done to the event: a modal of the future or a plan (LOOKING_AHEAD), one of
// what may happen ("could", "may", "might"), or a threat ("threatens to"), and at most an adverb.
const MAY_YET = String.raw`(?:${LOOKING_AHEAD}|(?:could|may|might|threatens?\s+to)\s+(?:(?:also|still|again|now|even|further)\s+)?)`;
// Verbs of disrupting an event or a journey. A threat told in the present ("Strikes threaten
// Saturday's match") looks ahead with no modal.
const DISRUPTING = String.raw`(?:disrupt|hit|affect|wreck|ruin|derail|delay|halt|cripple|paralyse|paralyze|snarl(?:\s+up)?|jeopardi[sz]e|scupper|threaten|cause\s+(?:chaos|disruption|delays)\s+(?:to|for|on)|bring\s+chaos\s+to)`;
const DISRUPTING_AHEAD_BEFORE = new RegExp(
  String.raw`(?:\b${MAY_YET}${DISRUPTING}|\bthreatens?)\s+(?:the\s+)?$`,
  'i',
);
// A journey or a service the day owns ("Friday's commute", "Monday's evening rush hour", "Sunday's
// flights"), or a fixture or a show ("Saturday's match"), after at most two words of its kind.
const DAY_JOURNEY_OR_FIXTURE = new RegExp(
  String.raw`^['’]s\s+(?:[\w-]+\s+){0,2}?(?:commute|rush[\s-]hour|services?|trains?|flights?|sailings?|crossings?|journeys?|travel|getaway|${FIXTURE_NOUN})\b`,
  'i',
);

// A verb told in the past before the modal: a warning reported ("Forecasters said storms could
// wreck Saturday's match", "Engineers warned the fault could delay Friday's trains").
const TOLD_IN_PAST = new RegExp(
  String.raw`\b(?:said|was|were|${IRREGULAR_PAST}|[a-z]+[^e\W]ed)\b`,
  'i',
);

/**
 * Whether a day's journey, service or fixture, `after` the day's words (opening with its "'s"), is
 * what a modal, a plan or a threat says may yet be disrupted, `before` them: "Snow is expected to
 * disrupt Friday's commute", "Storms could wreck Saturday's match", "Strikes threaten Sunday's
 * flights", said on a Wednesday, are the Friday, Saturday or Sunday to come (an owned day is
 * otherwise read as one gone by). Not a past ("Snow disrupted Friday's commute"), nor what is
 * owned but no journey or fixture, which may have come and gone ("The fines will hit Saturday's
 * protesters"). A warning told in the past, a verb gone by in `before` (the sentence's words
 * before the day) ahead of the modal, may be reported once the day is over: "Forecasters said on
 * Thursday that storms could wreck Saturday's match, but it went ahead", said on a Monday, is the
 * Saturday gone by; it is the day to come only when that day is the nearer (`comingIsNearer`).
 *
 * @example disruptionAheadOfDayEvent('Snow will disrupt ', "'s commute") // true
 */
export function disruptionAheadOfDayEvent(
  before: string,
  after: string,
  comingIsNearer = true,
): boolean {
  const ahead = DISRUPTING_AHEAD_BEFORE.exec(before);
  if (!ahead || !DAY_JOURNEY_OR_FIXTURE.test(after)) return false;
  return comingIsNearer || !TOLD_IN_PAST.test(before.slice(0, ahead.index));
}
