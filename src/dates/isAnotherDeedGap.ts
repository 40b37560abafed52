import { IRREGULAR_PAST } from './irregularPast.ts';
import { REGULAR_PAST } from './regularPast.ts';
import { MODALS } from './modals.ts';

// The pasts a further deed is told with beyond the shared irregular ones: the past of "be", "said",
// "quit", and "led" (left out of IRREGULAR_PAST as a participle, but right after "and" a past:
// "and led the party into the election in May").
const DEED_PAST = `${IRREGULAR_PAST}|was|were|said|quit|led`;

/** The past of a further deed: a `REGULAR_PAST` in "-ed" or one of `DEED_PAST`. */
export const FURTHER_PAST = String.raw`(?:${REGULAR_PAST}|${DEED_PAST})`;

// Words that place the second time apart from the first ("and again next year", "a year later"),
// or a modal that turns it from the deed to what was said ("and said he would step down in June"):
// the month after them is not read beside the first.
export const PLACED_APART = new RegExp(
  String.raw`\b(?:years?|months?|later|earlier|after|before|since|until|till|next|following|last|this|that|then|again|${MODALS})\b`,
  'i',
);

// "and", a past (a word in "-ed" or an irregular past), up to six more words, "in" or "on".
const ANOTHER_DEED = new RegExp(
  String.raw`^\s*,?\s*and\s+${FURTHER_PAST}\b(?:\s+[A-Za-z'’-]+){0,6}?\s+(?:in|on)\s+$`,
);

/**
 * Whether the words between a dated month or day and a month or day with no year tell a further
 * deed of the same subject in the past, so the second is read beside the first as a list's is:
 * "Theresa May called a snap election in April 2017 and lost her majority in June", said in June
 * 2026, is June 2017 (was June 2026); "The party was founded in March 2019 and won its first seat
 * in May" May 2019. Only "and", a past right after it (a word in "-ed" or an irregular past: won,
 * lost, took, held …; not "need"), at most six more words (no figure nor comma among them) and
 * none that places the time apart (year, later, after, next, again …, a modal), and "in" or
 * "on"; a present ("and holds its conference in May"), "the following year in May" or "and said
 * he would step down in June" is left.
 *
 * @example isAnotherDeedGap(' and lost her majority in ') // true
 */
export function isAnotherDeedGap(gap: string): boolean {
  return ANOTHER_DEED.test(gap) && !PLACED_APART.test(gap);
}
