import { CLAUSE_OPENS } from './clauseOpens.ts';
import { HELD_THING } from './heldThing.ts';
import { IRREGULAR_PAST } from './irregularPast.ts';
import { PLAN_PARTICIPLE_BEFORE } from './planParticipleBefore.ts';
import { MODALS } from './modals.ts';
import { REGULAR_PAST } from './regularPast.ts';
import { NOT_PAST } from './tenseAround.ts';
import { CAPITALISED } from './capitalised.ts';
import { BE_OR_HAVE } from './beOrHave.ts';

// A past verb, its object of one to three words, and an optional "on" right before a day and
// month: "arrested him on Jan. 20", "killed 40 people on Jan. 26", "signed the bill Jan. 15".
const VERB_OBJECT_ON = new RegExp(
  `(?:^|[\\s(“"])(${IRREGULAR_PAST}|${REGULAR_PAST})((?:\\s+[\\w'’-]+){1,3})\\s+(?:on\\s+)?$`,
  'i',
);
// Verbs whose deed may be gone while the day they name lies ahead: they set, announce, put off,
// ask for or take a thing for a later time ("set a hearing", "called an election on Feb. 2",
// "postponed the vote", "agreed a ceasefire", "rented a cottage"). Plans' participles
// (PLAN_PARTICIPLE_BEFORE) and words in -ed that are no past cues (NOT_PAST) are kept out as well.
const SETS_LATER =
  /^(?:called|agreed|adjourned|deferred|shifted|ordered|promised|pledged|vowed|threatened|warned|predicted|forecasted|projected|sought|requested|demanded|urged|offered|invited|summoned|booked|reserved|rented|leased|hired|arranged|organized|organised|proclaimed|designated|named|approved|authorized|authorised|allowed|permitted|granted|unveiled|advertised|confirmed|cancelled|canceled|preferred|shed|wed)$/i;
// Words that make what follows the verb more than its object: a clause, an infinitive, a modal,
// a time of its own ("agreed to hold talks on", "said it would release results on", "said he
// expects a deal on", "killed two people last year on").
const NOT_OBJECT = new RegExp(
  `^(?:to|${MODALS}|cannot|won['’]t|that|which|who|whom|whose|what|where|when|while|for|until|till|through|thru|past|into|beyond|effective|payable|by|from|since|after|before|and|or|but|nor|${BE_OR_HAVE}|not|no|as|than|if|because|unless|he|she|they|we|i|you|next|last|this|coming|later|earlier|ago|days?|weeks?|months?|years?|dates?|plans?|schedules?|timetables?|rall(?:y|ies)|protests?|march(?:es)?|ceasefires?|truces?|[\\w'’-]+ing)$`,
  'i',
);
// The verb is an adjective after a determiner ("the revised budget on Feb. 1"), a present
// passive after "is" or "are", and no deed gone by after a modal or "to".
const NOT_PAST_BEFORE = new RegExp(
  `\\b(?:the|a|an|its|their|his|her|our|my|your|these|those|this|is|are|am|be|${MODALS}|to|not)\\s+$`,
  'i',
);
// How far back the verb's clause is looked for.
const CLAUSE_REACH = 200;
// A modal or "to" earlier in the verb's clause (CLAUSE_OPENS) makes it an adjective in a deed to
// come ("will redeem 9.5 million Series H preferred shares on Oct. 31").
const TO_COME = new RegExp(`\\b(?:${MODALS}|to|plans?|intends?)\\b`, 'i');
const HELD = new RegExp(`^(?:${HELD_THING})$`, 'i');
// What opens a sentence or a headline before the verb's window: nothing, or a stop.
const SENTENCE_OPENS = /(?:^|[.!?:;]["”’']?)\s*["“‘(]?$/;
// Verbs that do a held thing on its day rather than set it: "held talks on Jan. 20", "won the
// election on Nov. 5".
const DOES_HELD_THING = /^(?:held|staged|hosted|attended|won|lost|played|boycotted)$/i;

/**
 * Whether a past verb of an event governs a day and month across a short object ("Police
 * arrested him on Jan. 20", "The storm killed 40 people on Jan. 26"): the deed, and the day, are
 * gone by as they are after a past verb right before the day ("ended Jan. 31"). Not a verb that
 * sets or announces a later time ("set a hearing on", "called an election on", "announced a
 * strike on", `SETS_LATER`), nor one after a modal or "to", nor an object that is a clause, an
 * end point or a thing held on its own day ("agreed to hold talks on", "signed him through",
 * "backed a walkout on"), nor a capitalised name in -ed ("Fed officials on"), nor a verb before a
 * stretch ("rented a cottage from July 20 to Aug. 2").
 */
export function pastEventVerbBefore(text: string, start: number): boolean {
  // "rented a cottage from July 20 to Aug. 2": the verb governs the stretch, not a day gone by.
  if (/^(?:from|between)\s/i.test(text.slice(start))) return false;
  const from = Math.max(0, start - 60);
  // A window that starts inside a word starts at the next word ("…uled intergovernmental").
  const wordStart =
    from > 0 && /\w/.test(text[from - 1]!) ? text.slice(from, start).search(/\W/) + 1 : 0;
  const words = text.slice(from + wordStart, start);
  const m = VERB_OBJECT_ON.exec(words);
  if (!m) return false;
  const verb = m[1]!;
  if (SETS_LATER.test(verb) || NOT_PAST.has(verb) || NOT_PAST.has(verb.toLowerCase())) return false;
  if (PLAN_PARTICIPLE_BEFORE.test(`${verb} `)) return false;
  const before = words.slice(0, m.index + m[0].indexOf(verb));
  const object = m[2]!.trim().split(/\s+/);
  // "Fed officials on Jan. 20", "Ted Cruz on Jan. 20": a capitalised word in -ed that opens a
  // sentence, or one before nothing but capitalised words, is a name, not a verb.
  if (
    CAPITALISED.test(verb) &&
    (SENTENCE_OPENS.test(text.slice(0, from + wordStart) + before) ||
      object.every((w) => CAPITALISED.test(w)))
  )
    return false;
  if (NOT_PAST_BEFORE.test(before)) return false;
  // The clause is looked for in more than the verb's window, which may cut off its modal ("Shares
  // will stay volatile while the bank publishes detailed data on March 20").
  const verbAt = from + wordStart + before.length;
  const leadFrom = Math.max(0, verbAt - CLAUSE_REACH);
  const lead = text.slice(leadFrom, verbAt);
  // As for the window, a lead that starts inside a word starts at the next word.
  const leadStart = leadFrom > 0 && /\w/.test(text[leadFrom - 1]!) ? lead.search(/\W/) + 1 : 0;
  const clauseStart = Math.max(
    leadStart,
    ...[...lead.matchAll(CLAUSE_OPENS)].map((c) => c.index + c[0].length),
  );
  if (TO_COME.test(lead.slice(clauseStart))) return false;
  if (object.some((w) => NOT_OBJECT.test(w))) return false;
  return DOES_HELD_THING.test(verb) || !object.some((w) => HELD.test(w));
}
