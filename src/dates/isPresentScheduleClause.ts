import { DETERMINER } from './determiner.ts';
import { UNCHANGED_PAST } from './irregularPast.ts';
import { sentenceStartAt } from './sentenceEnds.ts';
import { wordTags } from './wordTags.ts';

// Anything in the words before the day that tells another time than a schedule's present: a
// mark opening another clause, a modal, a perfect, "to be", a saying ("Police say the man dies on
// July 4" reports a deed), "ago", "last", a word of a clause inside the sentence's ("who",
// "which", "when" …), or a verb whose past is written as its present ("It cut 300 jobs on 4 July"
// is as likely gone by).
const NOT_SCHEDULE = new RegExp(
  String.raw`[,;:()"“”]|\b(?:will|would|could|should|might|may|must|can|shall|has|have|had|was|were|is|are|am|be|been|do|does|did|say|said|says|ago|last|since|who|which|that|when|while|after|before|if|because|until|${UNCHANGED_PAST})\b|n['’]t\b`,
  'i',
);
// A figure's move told in the present ("Shares rise on Dec. 1 after the merger news") is a
// report of the day, a headline's present, not a schedule.
const PRESENT_CHANGE =
  /\b(?:rises?|falls?|climbs?|drops?|jumps?|slides?|slips?|gains?|dips?|soars?|plunges?|surges?|tumbles?|rallies|rally|sinks?)\b/i;
// A happening no one sets a day for (a death, a crash, a storm's landfall) told in the present is
// a feature's or a headline's present of a day gone by ("Man dies in Route 9 crash on Aug. 2",
// "Hurricane Ida makes landfall on Aug. 1"), not a schedule.
const UNPLANNED =
  /\b(?:dies|die|crash(?:es)?|collapses?|explodes?|erupts?|drowns?|vanish(?:es)?|disappears?|makes?\s+landfall)\b/i;
// A word in -ed after an article or a possessive is an adjective ("a televised debate").
const ADJECTIVE_LEAD = new RegExp(`\\b${DETERMINER}\\s+$`, 'i');

/**
 * Whether the day at `start` ends a first clause told in the present simple with nothing gone by
 * in it: "Voters go to the polls on Nov. 3", "The new stadium opens its doors on Dec. 12",
 * "Delegates gather in Paris on Dec. 1", "Candidates face off in a televised debate on Dec. 2". A
 * present simple of a dated happening, in a report, is the schedule's present, as "opens on"
 * right before the day is; it is not a habit (a day and month names one day). Not a clause with a
 * past in it ("Voters went to the polls on Nov. 3"), a modal or a copula ("The deadline is Nov. 3",
 * which other rules read), a comma before the day ("After the vote, turnout rose on Nov. 3"), nor a
 * verb after the day ("Data on Nov. 3 show …").
 *
 * @example isPresentScheduleClause('Voters go to the polls on Nov. 3.', 26) // true
 */
export function isPresentScheduleClause(text: string, start: number): boolean {
  const from = sentenceStartAt(text, start);
  const words = text.slice(from, start);
  if (NOT_SCHEDULE.test(words) || PRESENT_CHANGE.test(words) || UNPLANNED.test(words)) return false;
  let present = false;
  for (const [at, tags] of wordTags(text, from, start)) {
    if (tags.has('PastTense') && !ADJECTIVE_LEAD.test(text.slice(from, at))) return false;
    if (tags.has('Gerund')) return false;
    if (tags.has('PresentTense') && !tags.has('Copula') && !tags.has('Modal')) present = true;
  }
  return present;
}
