import { HELD_THING } from './heldThing.ts';
import { IRREGULAR_PAST } from './irregularPast.ts';
import { PLAN_PARTICIPLES } from './planParticiples.ts';

// A past verb, its object of one to three words, and an optional "on" right before a day and
// month: "arrested him on Jan. 20", "killed 40 people on Jan. 26", "signed the bill Jan. 15".
const VERB_OBJECT_ON = new RegExp(
  `(?:^|[\\s(“"])(${IRREGULAR_PAST}|[a-z]+ed)((?:\\s+[\\w'’-]+){1,3})\\s+(?:on\\s+)?$`,
  'i',
);
// Verbs whose deed may be gone while the day they name lies ahead: they set, announce, put off
// or ask for a thing ("set a hearing", "called an election on Feb. 2", "announced a strike on
// Jan. 20", "postponed the vote", "agreed a ceasefire"), and words in -ed that are no verbs.
const SETS_LATER = new RegExp(
  `^(?:${PLAN_PARTICIPLES}|called|announced|agreed|delayed|postponed|rescheduled|deferred|adjourned|moved|pushed|shifted|fixed|targeted|timed|dated|slated|ordered|promised|pledged|vowed|threatened|warned|predicted|forecasted|projected|sought|requested|demanded|urged|asked|offered|invited|summoned|booked|reserved|arranged|organized|organised|declared|proclaimed|designated|named|approved|authorized|authorised|allowed|permitted|granted|unveiled|advertised|confirmed|cancelled|canceled|preferred|hundred|red|bed|need|feed|seed|speed|indeed|shed|wed)$`,
  'i',
);
// Words that make what follows the verb more than its object: a clause, an infinitive, a modal,
// a time of its own ("agreed to hold talks on", "said it would release results on", "said he
// expects a deal on", "killed two people last year on").
const NOT_OBJECT =
  /^(?:to|will|would|could|should|may|might|must|shall|can|cannot|won['’]t|that|which|who|whom|whose|what|where|when|while|for|until|till|by|from|since|after|before|and|or|but|nor|is|are|was|were|be|been|being|has|have|had|not|no|as|than|if|because|unless|he|she|they|we|i|you|next|last|this|coming|later|earlier|ago|days?|weeks?|months?|years?|dates?|plans?|schedules?|timetables?|rall(?:y|ies)|protests?|march(?:es)?|ceasefires?|truces?|[\w'’-]+ing)$/i;
// The verb is an adjective after a determiner ("the revised budget on Feb. 1"), a present
// passive after "is" or "are", and no deed gone by after a modal or "to".
const NOT_PAST_BEFORE =
  /\b(?:the|a|an|its|their|his|her|our|my|your|these|those|this|is|are|am|be|will|would|could|should|may|might|must|shall|can|to|not)\s+$/i;
// A modal or "to" earlier in the verb's clause makes it an adjective in a deed to come ("will
// redeem 9.5 million Series H preferred shares on Oct. 31").
const CLAUSE_OPENS = /[.;:!?,(]|\b(?:and|but|or|that|which|who)\b/gi;
const TO_COME = /\b(?:will|would|shall|to|may|might|could|should|must|can|plans?|intends?)\b/i;
const HELD = new RegExp(`^(?:${HELD_THING})$`, 'i');
// Verbs that do a held thing on its day rather than set it: "held talks on Jan. 20", "won the
// election on Nov. 5".
const DOES_HELD_THING = /^(?:held|staged|hosted|attended|won|lost|played|boycotted)$/i;

/**
 * Whether a past verb of an event governs a day and month across a short object ("Police
 * arrested him on Jan. 20", "The storm killed 40 people on Jan. 26"): the deed, and the day, are
 * gone by as they are after a past verb right before the day ("ended Jan. 31"). Not a verb that
 * sets or announces a later time ("set a hearing on", "called an election on", "announced a
 * strike on", `SETS_LATER`), nor one after a modal or "to", nor an object that is a clause or a
 * thing held on its own day ("scheduled a vote for", "agreed to hold talks on").
 */
export function pastEventVerbBefore(text: string, start: number): boolean {
  const words = text.slice(Math.max(0, start - 60), start);
  const m = VERB_OBJECT_ON.exec(words);
  if (!m) return false;
  const verb = m[1]!;
  if (SETS_LATER.test(verb)) return false;
  const before = words.slice(0, m.index + m[0].indexOf(verb));
  if (NOT_PAST_BEFORE.test(before)) return false;
  const clauseStart = Math.max(
    0,
    ...[...before.matchAll(CLAUSE_OPENS)].map((c) => c.index + c[0].length),
  );
  if (TO_COME.test(before.slice(clauseStart))) return false;
  const object = m[2]!.trim().split(/\s+/);
  if (object.some((w) => NOT_OBJECT.test(w))) return false;
  return DOES_HELD_THING.test(verb) || !object.some((w) => HELD.test(w));
}
