import { MODALS } from './modals.ts';

// Verbs of a state kept, bare or in the present, which a participle completes with no object
// between ("remain closed", "stays shut"); not the noun "remains" or "stays" after a determiner
// or "human" ("Human remains discovered on Saturday will be examined").
const STATE = String.raw`(?<!\b(?:the|these|those|his|her|their|its|human|mortal|skeletal)\s+)\b(?:remains?|stays?)`;
// Verbs of keeping or of a wish, bare or in the present, whose object a participle after it
// describes ("get the deal done", "wants the budget finished"): with an object only, as "The
// needs identified on Monday" is a noun and its participle.
const WISH = String.raw`\b(?:keeps?|gets?|wants?|needs?|(?:would|'d|’d)\s+like)`;
// Up to three words of the object between: no relative pronoun nor conjunction, which would open
// a clause of its own ("want the man who attacked her"), nor a preposition, after which the words
// are no object ("the needs of families affected").
const OBJECT_WORD = String.raw`(?!(?:who|whom|that|which|and|but|or|as|after|when|while|of|to|in|on|at|for|with|by|from)\b)[A-Za-z'’-]+`;
const AFTER_STATE_OR_WISH = new RegExp(
  String.raw`(?:${STATE}\s+(?:${OBJECT_WORD}\s+){0,3}|${WISH}\s+(?:${OBJECT_WORD}\s+){1,3})$`,
  'i',
);
// Between the participle and a time after it, an event after "after", "before" or "following"
// ("will keep the area sealed off after the stabbing on Sunday"): the time is that event's.
const EVENT_BETWEEN =
  /\b(?:after|before|following|since)\s+(?:the|a|an|this|that|his|her|their|its)\s+\w+/i;
// A modal, in lower case, and the bare verb after it ("will offer extended hours"): the word after
// that verb cannot be a past tense. Not "to", which is as often a preposition ("will go to
// families affected on Monday"), nor "Will" or "May" of a name; not "have" or "be", whose
// participle is the verb's own ("will have closed", "will be closed" are read as such elsewhere).
const AFTER_BARE_VERB = new RegExp(
  String.raw`\b(?:${MODALS})\s+(?:(?:not|also|[a-z]+ly)\s+)?(?!(?:have|be)\b)[a-z]+\s+$`,
);

/**
 * Whether a word in "-ed" (or an irregular participle) after `lead`, the words before it in its
 * sentence, is a participle that completes a verb, not a past tense: after a verb of a state kept
 * or of a wish, bare or in the present, and up to three words of its object ("The bridge will
 * remain closed over the weekend", "Negotiators hope to get the deal done over the weekend",
 * "Officials want the budget finished by Friday"), or right after the bare verb of a modal
 * ("Many stores will offer extended hours over the weekend"). So the weekend or the weekday is the
 * one to come, said on Wednesday 11 March 2026 `2026-W11-WE` and 13 March (was the one gone by).
 * A past of the verb itself ("The bridge remained closed over the weekend") is left a past, and so
 * is an object with a clause of its own ("want the man who attacked her on Friday"), a noun
 * ("Human remains discovered on Saturday", "The needs identified on Monday"), and a time after an
 * event told between (`between`, the words from the participle to the time: "will keep the area
 * sealed off after the stabbing on Sunday").
 *
 * @example isComplementParticiple('The bridge will remain ') // true
 */
export function isComplementParticiple(lead: string, between = ''): boolean {
  if (EVENT_BETWEEN.test(between)) return false;
  return AFTER_STATE_OR_WISH.test(lead) || AFTER_BARE_VERB.test(lead);
}
