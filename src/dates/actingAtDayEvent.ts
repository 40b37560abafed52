import { LOOKING_AHEAD } from './attendingAheadBefore.ts';

// Deeds done at a meeting, a ceremony or a show: putting forward, deciding, speaking, honouring,
// performing. Not a verb that looks back at what came of the event ("will review", "will look
// into the fight at Friday's game"), whose event is gone by.
const DEED = [
  'present|propose|announce|unveil|outline|introduce|vote|decide|consider|debate|discuss|approve',
  'reject|adopt|hear|raise|ask|seek|speak|testify|appear|deliver|sign|award|receive|accept|honou?r',
  'recogni[sz]e|celebrate|perform|sing|launch|lay\\s+out|take\\s+up|make\\s+(?:a|an|the|his|her|their)',
].join('|');
// The passive of such a deed: "will be honoured", "is expected to be discussed".
const DEED_DONE = String.raw`be\s+(?:${DEED})e?d`;
// The deed's object and a phrase or two, then "at" or "during" the day's event: six words at most,
// no participle of the past among them ("will present footage taken at").
const WORDS = String.raw`(?:\s+(?![\w-]+ed\b|(?:taken|given|seen|shown|held|made|done|thrown|written|won|lost|told|caught|shot)\b)[\w'’$%-]+){0,6}`;
// What happened at the event, the deed's object right before "at": "will discuss the fight at
// Friday's game", "will speak about the chaos at Monday's rally" tell of an event gone by.
const HAPPENING = String.raw`(?:fight|fights|brawl|scuffle|melee|clash|clashes|altercation|incident|incidents|injury|injuries|shooting|stabbing|violence|chaos|disruption|outburst|remarks|comments|behaviou?r|conduct|confrontation)`;
const ACTING_AT_AHEAD_BEFORE = new RegExp(
  String.raw`\b${LOOKING_AHEAD}(?:${DEED_DONE}|(?:${DEED}))\b${WORDS}(?<!\b${HAPPENING})\s+(?:at|during)\s+(?:the\s+)?$`,
  'i',
);

/**
 * Whether `before`, the words before a day's possessive, end with a deed looked ahead to that is
 * done at or during the day's event: "The superintendent will present her budget at Thursday's
 * board meeting", "The board will vote on the plan at Tuesday's meeting", "The graduates will be
 * honored during Saturday's ceremony". What is done at an event is done when it is held, so the
 * event is still to come, as "will attend Friday's ceremony" is. Not a past ("presented her budget
 * at Thursday's meeting"), a verb that looks back at the event ("will look into the fight at
 * Friday's game"), a deed gone by between ("will present footage taken at Saturday's game"), nor
 * a deed whose object is what happened at the event ("will discuss the brawl at Saturday's game").
 *
 * @example actingAtDayEvent('The board will vote on the plan at ') // true
 */
export function actingAtDayEvent(before: string): boolean {
  return ACTING_AT_AHEAD_BEFORE.test(before);
}

const HAPPENING_AT_BEFORE = new RegExp(
  String.raw`\b${HAPPENING}\s+(?:at|during)\s+(?:the\s+)?$`,
  'i',
);

/**
 * Whether `before`, the words before a day's possessive, end with what happened at the day's
 * event: "Parents will ask about the remarks at Monday's meeting" tells of a meeting gone by,
 * whatever the sentence's tense, so a sitting read by its sentence (`daySittingOwned`) is not read
 * so here.
 *
 * @example happeningAtDayEvent('Parents will ask about the remarks at ') // true
 */
export function happeningAtDayEvent(before: string): boolean {
  return HAPPENING_AT_BEFORE.test(before);
}
