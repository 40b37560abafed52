import { MODALS } from './modals.ts';

// Verbs of a state kept or of a wish, bare or in the present, whose object a participle after it
// describes ("remain closed", "get the deal done", "wants the budget finished").
const STATE_OR_WISH = String.raw`remains?|stays?|keeps?|gets?|wants?|needs?|(?:would|'d|’d)\s+like`;
// Up to three words of the object between: no relative pronoun nor conjunction, which would open
// a clause of its own ("want the man who attacked her"), nor a preposition, after which the words
// are no object ("the needs of families affected").
const OBJECT_WORD = String.raw`(?!(?:who|whom|that|which|and|but|or|as|after|when|while|of|to|in|on|at|for|with|by|from)\b)[A-Za-z'’-]+`;
const AFTER_STATE_OR_WISH = new RegExp(
  String.raw`\b(?:${STATE_OR_WISH})\s+(?:${OBJECT_WORD}\s+){0,3}$`,
  'i',
);
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
 * is an object with a clause of its own ("want the man who attacked her on Friday").
 *
 * @example isComplementParticiple('The bridge will remain ') // true
 */
export function isComplementParticiple(lead: string): boolean {
  return AFTER_STATE_OR_WISH.test(lead) || AFTER_BARE_VERB.test(lead);
}
