import { IRREGULAR_PAST, UNCHANGED_PAST } from './irregularPast.ts';
import { MODALS } from './modals.ts';
import { PLAN_WORDS } from './planParticiples.ts';
import { REGULAR_PAST } from './regularPast.ts';
import { STATE_VERB } from './stateVerb.ts';
import { wishAheadFor } from './wishAheadFor.ts';

// Participles of a weekend still to come: of plans and of forecasts ("Rain predicted over the
// weekend could flood the valley", "Crowds expected over the weekend will strain the roads").
const AHEAD_PARTICIPLE = `${PLAN_WORDS}|predicted|projected|anticipated|feared|promised`;
// The words that make the participle no reduced relative but part of a verb phrase ("will be
// reached over the weekend", "is held over the weekend", "has to be signed"): "be" and its
// forms, "have" and its forms, a modal, "to", "not", or an article ("the planned weekend").
const NOT_RELATIVE_LEAD = `(?:${MODALS}|be|is|are|am|was|were|been|being|has|have|had|having|to|not|the|a|an)`;
// A word (the noun the participle follows), the participle, an adverb at most, and the weekend's
// preposition.
const DEED_OVER_WEEKEND = new RegExp(
  `\\b(?!${NOT_RELATIVE_LEAD}\\b)[a-z'’-]+,?\\s+(?!(?:${AHEAD_PARTICIPLE})\\b)(?:${REGULAR_PAST}|${IRREGULAR_PAST}|${UNCHANGED_PAST})\\s+(?:\\w+ly\\s+)?(?:over|at|during)\\s+$`,
  'i',
);
// A verb of state and up to two words of its object before the participle: "Roads will stay shut
// over the weekend", "would keep the plant closed over the weekend" tell a state, not a deed.
const STATE_BEFORE = new RegExp(
  `\\b(?:${STATE_VERB})\\s+(?:[\\w'’-]+\\s+){0,2}?(?:${REGULAR_PAST}|${IRREGULAR_PAST}|${UNCHANGED_PAST})\\s+(?:\\w+ly\\s+)?(?:over|at|during)\\s+$`,
  'i',
);
// "the weekend", with the preposition a reading may start at.
const WEEKEND = /^((?:over|at|during)\s+)?the\s+weekend$/i;
// Far enough back for the noun, the participle, an adverb and the preposition.
const REACH = 60;

/**
 * Whether "the weekend" at `start`..`end` is the time of a deed a participle after a noun tells
 * ("The budget agreement reached over the weekend would cut the deficit", "the cuts announced at
 * the weekend will cost 2,000 jobs"): the deed is done, so the weekend is the one gone by, though a
 * modal after it tells the sentence ahead (said on a Thursday, the weekend before). Not a
 * participle of a plan or a forecast ("Rain predicted over the weekend could flood the valley",
 * "the talks scheduled over the weekend"), nor one in a verb phrase of its own ("The deal will be
 * signed over the weekend", "is held over the weekend"), nor one after a verb of state ("Roads
 * will stay shut over the weekend", "would keep the plant closed over the weekend"), nor one that
 * completes a wish in the present ("The union wants the pay deal signed over the weekend":
 * `wishAheadFor`).
 *
 * @example deedWeekendGoneBy('The pact reached over the weekend will cut costs.', 23, 34) // true
 */
export function deedWeekendGoneBy(text: string, start: number, end: number): boolean {
  const weekend = WEEKEND.exec(text.slice(start, end));
  if (!weekend) return false;
  const at = start + (weekend[1]?.length ?? 0);
  const lead = text.slice(Math.max(0, at - REACH), at);
  return (
    DEED_OVER_WEEKEND.test(lead) &&
    !STATE_BEFORE.test(lead) &&
    !wishAheadFor(text.slice(0, start), text.slice(start, end), text.slice(end))
  );
}
