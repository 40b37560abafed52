import { MODALS } from './modals.ts';
import { MONTH_WORD_SOURCE } from './monthNames.ts';
import { CAPITALISED } from './capitalised.ts';

// The readings of a pair of months joined by "and" or "or" ("in January and May", "November and
// January"), which tenseAround tells by the verb of the first month unless the second opens a
// clause of its own.

// "and May", "or May" after a month: the month May, capitalised, not the modal.
const MAY_PAIRED_AFTER = /^\s+(?:and|or)\s+May\b/;
const MONTH_ENDS = new RegExp(`\\b${MONTH_WORD_SOURCE}\\.?$`, 'i');
// A month's name, capitalised, and "and" or "or" ending the words before a second month's name.
const MONTH_AND_BEFORE = new RegExp(`\\b${MONTH_WORD_SOURCE}\\.?\\s+(?:and|or)\\s+$`, 'i');
const MONTH_OPENS = new RegExp(`^${MONTH_WORD_SOURCE}`, 'i');
// "…in November and January will bring another rise", "…and January looks worse": a modal or a
// verb of its own right after the second month makes it the subject of a clause of its own.
const OWN_CLAUSE_VERB = [
  MODALS,
  'is|was|has|looks|seems|appears|brings|sees|promises|marks|begins|starts|tends',
].join('|');
const OWN_CLAUSE_AFTER = new RegExp(String.raw`^\s+(?:${OWN_CLAUSE_VERB})\b`, 'i');
// "Buyers who sat out January and February are coming back": the pair in a relative clause, the
// verb after it the sentence's own.
const RELATIVE_BEFORE = /\b(?:who|which|whose|whom)\b/i;
// "…and January should see a rebound": a modal not of the past ("should have") after it.
const MODAL_AHEAD_AFTER = new RegExp(`^\\s+(?:${MODALS})\\s+(?!have\\b)`, 'i');

/**
 * "sat on their hands through January and February are coming back": the second of two months
 * joined by "and" or "or" is told by the verb of the first, as two weekdays are, not by a verb
 * of the next clause nearer to it. Only a month named after a capitalised month (not "will march
 * and May …"), and not one that opens a clause of its own, a modal or a verb right after it
 * ("Heating bills jumped in November and January will bring another rise"), unless the pair is
 * in a relative clause whose sentence's verb that is.
 */
export function monthPairBefore(
  mention: string,
  before: string,
  after: string,
): RegExpExecArray | null {
  if (!MONTH_OPENS.test(mention)) return null;
  const pair = MONTH_AND_BEFORE.exec(before);
  if (!pair || !CAPITALISED.test(pair[0])) return null;
  const ownClause =
    OWN_CLAUSE_AFTER.test(after) && !RELATIVE_BEFORE.test(before.slice(0, pair.index));
  return ownClause ? null : pair;
}

/**
 * "Exports slumped in November and January should see a rebound": the second of two months that
 * opens a clause of its own with a modal is the subject of a plan or forecast, still ahead.
 */
export function monthOpensModalClause(mention: string, before: string, after: string): boolean {
  const pair = MONTH_OPENS.test(mention) ? MONTH_AND_BEFORE.exec(before) : null;
  return !!pair && CAPITALISED.test(pair[0]) && MODAL_AHEAD_AFTER.test(after);
}

/**
 * The length of "and May" or "or May" right after the month at [start, end) ("rose between
 * January and May"), 0 when there is none or that May opens a clause of its own ("rose in January
 * and May will bring more"): the month paired with May is told with it.
 */
export function pairedMayAfter(text: string, start: number, end: number): number {
  const may = MAY_PAIRED_AFTER.exec(text.slice(end));
  if (
    may &&
    MONTH_ENDS.test(text.slice(start, end)) &&
    !OWN_CLAUSE_AFTER.test(text.slice(end + may[0].length))
  )
    return may[0].length;
  return 0;
}
