import { clauseEnding } from './clauseOpens.ts';
import { FUTURE_CUE, PRESENT_SCHEDULE } from './futureCue.ts';
import { IRREGULAR_PAST } from './irregularPast.ts';
import { REGULAR_PAST } from './regularPast.ts';

// How many words may stand between a verb looking ahead and "in the fall" or "by the fall" in its
// clause: the verb's object and a phrase or two ("The series returns for a fourth season in the
// fall", "The band will tour Europe this summer before recording a new album in the fall").
const WORDS_AFTER_CUE = 10;
// A word between the cue and the fall, a figure among them: "Tuition will rise 3% in the fall",
// "Fees will go up by $200 in the fall", "Room and board will cost $1,500 more in the fall".
const WORD = String.raw`(?:[$£€]\s?)?[\w'’.-]+(?:,\d+)*%?`;
// At most WORDS_AFTER_CUE such words, and nothing else, to the clause's end.
const CLOSE_AFTER_CUE = new RegExp(String.raw`^(?:\s+${WORD}){0,${WORDS_AFTER_CUE}}\s*$`);
// A past auxiliary in the clause tells a plan from a time gone by ("had planned to tour before
// recording an album in the fall", "was expected to finish by the fall"), which the tense weighs.
const PAST_AUXILIARY = /\b(?:had|was|were|did)\b/i;
// A past verb between the cue and the fall tells a deed gone by, which the fall may be the tumble
// of ("Doctors will examine the bruises he suffered in the fall", "will study how the rope
// snapped in the fall"); a participle after "be" is the plan's own passive ("is expected to be
// completed by the fall").
const PAST_VERB = new RegExp(
  String.raw`(?<!\b(?:be|been|being|get|gets|is|are)\s+)\b(?:${REGULAR_PAST}|${IRREGULAR_PAST})\b`,
  'i',
);

/**
 * Whether `before`, the words of the sentence before the preposition of "in the fall" or "by the
 * fall", hold in the clause that ends them a verb looking ahead (a future or plan cue, or a present
 * verb of schedule) at most ten words before it, with no past verb after the cue and no past
 * auxiliary in the clause: "the fall" is then the season to come, as it is right after such a
 * verb. Whether the sentence tells a tumble is left to the caller.
 *
 * @example fallAheadInClause('The series returns for a fourth season') // true
 */
export function fallAheadInClause(before: string): boolean {
  const clause = clauseEnding(before);
  if (PAST_AUXILIARY.test(clause)) return false;
  return [FUTURE_CUE, PRESENT_SCHEDULE].some((pattern) =>
    [...clause.matchAll(pattern)].some((m) => {
      const after = clause.slice(m.index + m[0].length);
      return CLOSE_AFTER_CUE.test(after) && !PAST_VERB.test(after);
    }),
  );
}
