import { IRREGULAR_PAST } from './irregularPast.ts';
import { PLAN_PARTICIPLES } from './planParticiples.ts';
import { REGULAR_PAST } from './regularPast.ts';

// Words that open a clause of their own or join another deed: after them the count is no longer
// how long the past verb's deed took ("hired a coach who starts in two weeks").
const OPENS_ANOTHER =
  'who|whom|whose|which|that|when|while|where|and|but|or|before|after|until|till|if|because|so';

// Past verbs that ask for, order or foresee what is to come: the count after their object is when
// it is to be, a date ahead ("called for elections in 90 days", "ordered a retrial in 60 days",
// "predicted a recovery in two years").
const ASKS_OR_FORESEES =
  'called|demanded|ordered|asked|urged|sought|requested|predicted|forecast|signall?ed|hinted|threatened|offered|warned';

// Words ending in "-ed" that are no past verb: "The Fed signalled a rate cut in three months" has
// its subject there, "a speed", "a hundred", "a red card" a noun or adjective.
const NOT_A_VERB = 'fed|red|bed|hundred|[a-z]*(?:need|speed|seed|feed|greed|breed|deed)';

// "She rowed across the Atlantic in 54 days", "He climbed all 14 peaks in six months", "They built
// the chapel in a year": a past verb (not a plan's participle), then at most five words of its
// object or its way (no comma, no word opening another clause), right before "in".
// Not a verb asking for or foreseeing something ("demanded a pay offer in two weeks"), nor a
// perfect's participle ("The Fed has not ruled out a rate hike in two months"): what it
// tells may still come, the count a date ahead.
const PAST_FEAT = new RegExp(
  `(?<!\\b(?:has|have|had|not|never)\\s+|n['’]t\\s+)\\b(?!(?:${PLAN_PARTICIPLES}|${ASKS_OR_FORESEES}|${NOT_A_VERB})\\b)(?:${REGULAR_PAST}|${IRREGULAR_PAST})(?:\\s+(?!(?:${OPENS_ANOTHER})\\b)[\\w'’-]+){1,5}\\s+$`,
  'i',
);

/**
 * Whether `clause`, the words of a clause up to a count after "in", tells a deed done in the past
 * whose count is how long it took: a past verb and its object or way right before "in" ("rowed
 * across the Atlantic in 54 days"). The caller still checks that the clause is told in the past and
 * holds nothing of a plan.
 * @example endsInPastFeat('She rowed across the Atlantic') // true
 */
export function endsInPastFeat(clause: string): boolean {
  return PAST_FEAT.test(`${clause} `.replace(/\s+$/, ' '));
}
