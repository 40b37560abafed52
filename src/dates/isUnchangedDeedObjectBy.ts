import { HABIT_WORD } from './habitWord.ts';
import { MANDATE_THAT, OPENS_CLAUSE } from './isDeedObjectBy.ts';
import { DETERMINER } from './determiner.ts';
import { UNCHANGED_PAST } from './irregularPast.ts';
import { MODALS } from './modals.ts';

// What may stand between the verb and "by": a particle ("put out", "set up", "shut down") and up
// to six words of its object ("the blaze", "flood barriers along the river", "power to 40,000
// homes"), none of which opens a clause of its own (`OPENS_CLAUSE`, as isDeedObjectBy asks) or an
// infinitive, nor is "by".
const OBJECT_WORD = String.raw`(?:to\s+(?=[$£€\d]|(?:the|a|an|all|most|its|their)\b))?(?:[$£€]?\d[\d.,]*(?:%|[a-z]+)?|(?!(?:${OPENS_CLAUSE}|by)\b)[a-z][a-z'’-]*)\s+`;
// The verb after its subject: a word before it, not a modal, "to", "please", a form of "be", a
// relative pronoun or a determiner ("Put the bins out by Monday" is an order, "will put out the
// fire by Monday" and "hope to put out the fire by Monday" look ahead, "needs to be set up by
// Friday" is a passive still to come, "Applicants who put in their forms by Friday get a discount"
// is a condition, "the cut" is a noun).
const DEED = new RegExp(
  String.raw`(?<=[\w,’'"]\s+)(?<!\b(?:${MODALS}|to|please|is|are|am|be|been|being|who|that|which|${DETERMINER})\s+(?:\w+ly\s+)?)` +
    String.raw`\b(?:${UNCHANGED_PAST})\s+(?:${OBJECT_WORD}){1,7}by\s+(?:on\s+)?$`,
  'i',
);

/**
 * Whether the words before a date end with a deed of a verb whose past is written as its present
 * ("put", "set", "cut", "shut", "hit" …), its object between it and "by": "Firefighters put out the
 * blaze by Monday", said on Wednesday 14 October 2026, tells when it was done, the Monday gone by
 * (`2026-10-12`), as "Crews restored power to most homes by Monday" does; "Engineers shut the
 * valve by 3am on Tuesday", "The utility cut power to 40,000 homes by Tuesday evening" alike.
 * `before` is the text before the date, `after` the rest of its sentence.
 *
 * Not an order with no subject ("Put the bins out by Monday"), a modal, an infinitive or a form
 * of "be" before the verb ("must put out the fire by Friday", "hope to put out the fire by
 * Monday", "The stage needs to be set up by Friday"), a relative clause ("Applicants who put in
 * their forms by Friday get a discount"), a deed asked for after "that" ("MPs have demanded that
 * the government set out its plans by Friday", as `isDeedObjectBy` leaves it), nor a habit ("put
 * their bins out by 7am every Monday"). The caller asks too that no modal rules the clause.
 *
 * @example isUnchangedDeedObjectBy('Firefighters put out the blaze by ', '.') // true
 */
export function isUnchangedDeedObjectBy(before: string, after: string): boolean {
  const tail = before.slice(-120);
  const sentence = tail.slice(Math.max(0, tail.search(/[^.!?]*$/)));
  const rest = after.slice(0, after.search(/[.!?](?:\s|$)|$/));
  return (
    DEED.test(tail) &&
    !MANDATE_THAT.test(tail) &&
    !HABIT_WORD.test(sentence) &&
    !HABIT_WORD.test(rest)
  );
}
