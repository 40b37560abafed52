import { IRREGULAR_PAST } from './irregularPast.ts';
import { REGULAR_PAST } from './regularPast.ts';

// "Until", "till" or "up until" opening its sentence (a quote mark or "But" aside), right before
// the date, with no comma after the date to close it off: "Until August Hanson Trust Ltd. owned".
const FRONTED_UNTIL_BEFORE =
  /(?:^|[.!?]["”’]?\s+)["“]?(?:(?:but|and)\s+)?(?:up\s+)?(?:until|till)\s+$/i;
// "until " or "till " right before the date, tested on the last few characters first: the text
// before a date runs to its start, and only a date after "until" needs its sentence looked at.
const UNTIL_RIGHT_BEFORE = /\b(?:until|till)\s+$/i;
const UNTIL_REACH = 12;
// A word of the subject: not a modal ("won't" too), a present of "be" or "have", nor a comma that
// ends the clause.
const SUBJECT_WORD = String.raw`(?!(?:will|won|would|shall|should|can|could|may|might|must|is|are|has|have|does|do)\b)[\w.&'’-]+`;
// A present modal later in the clause: the word in "-ed" was a participle of the subject ("the
// rate charged on the loans will stay", "the shares offered in the sale can't be resold").
const MODAL_LATER = String.raw`(?![^.,;:!?]*\b(?:will|won['’]t|shall|can|can['’]t|cannot|may|must)\b)`;
// The subject, one to five words, then its past verb in lower case ("owned", "was", "made"), not
// "won" of "won't": a capital in "-ed" is a name ("United"). A past told with "didn't" is one too
// ("Until August we didn't know the cost").
const PAST_CLAUSE_AFTER = new RegExp(
  String.raw`^\s+(?:${SUBJECT_WORD}\s+){1,5}?(?:didn['’]t\b|(?:was|were|${IRREGULAR_PAST}|${REGULAR_PAST})\b(?!['’]))${MODAL_LATER}`,
);

/**
 * Whether a date after "Until" opening its sentence, with no comma after it, is gone by because
 * the subject that follows is told with a simple past ("Until August Hanson Trust Ltd. owned 15%
 * of the company", said in November 1989, is August 1989): the clause tells what lasted up to the
 * date, not a plan ("Until March the company will keep its stake" stays ahead). `before` is the
 * text before the date, `after` the text after it.
 *
 * @example isFrontedUntilGoneBy('Until ', ' the company owned 15% of Kidde.') // true
 */
export function isFrontedUntilGoneBy(before: string, after: string): boolean {
  return (
    UNTIL_RIGHT_BEFORE.test(before.slice(-UNTIL_REACH)) &&
    FRONTED_UNTIL_BEFORE.test(before) &&
    PAST_CLAUSE_AFTER.test(after)
  );
}
