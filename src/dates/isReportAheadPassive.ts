import { MODALS } from './modals.ts';

// A modal, "to", or "due to" and "set to" before "be" (an adverb either side): "will be", "is
// expected to be", "could soon be", "will officially be". A "to" a past "was", "were" or "had"
// leads (two words between at most) told a plan gone by: "were expected to be announced
// Thursday", "was to be revealed Monday", "had been due to be named Monday".
const PAST_LEAD = String.raw`(?<!\b(?:was|were|wasn['’]t|weren['’]t|had)\s+(?:\w+\s+){0,2})`;
const BE_AHEAD = new RegExp(
  String.raw`\b(?:${MODALS}|won['’]t|\w['’]ll|${PAST_LEAD}to)\s+(?:\w+ly\s+|not\s+)?be\s+(?:\w+ly\s+)?$`,
  'i',
);
// "Nominations are announced Tuesday": a present passive of saying is a schedule's present (see
// PRESENT_PASSIVE_OF_ANNOUNCING), no day of saying.
const PRESENT_PASSIVE = /\b(?:is|are)\s+(?:\w+ly\s+)?$/i;

/**
 * Whether the verb of saying that `before` ends just before is a passive still ahead: "Nominations
 * will be announced Tuesday", "The shortlist is to be revealed Monday", "Details are expected to
 * be announced Thursday" tell what will be said on the day, not the day something was said; so
 * does a present passive, a schedule's present ("Nominations are announced Tuesday"). Not
 * "was announced", "has been announced", "announced" alone, nor a plan gone by ("were expected to
 * be announced Thursday", "was to be revealed Monday").
 */
export function isReportAheadPassive(before: string): boolean {
  return BE_AHEAD.test(before) || PRESENT_PASSIVE.test(before);
}
