import { IRREGULAR_PAST, UNCHANGED_PAST } from './irregularPast.ts';

// "have cancelled all leave for", "has booked extra trains for the", "have already made plans
// for": a present perfect, its object, then "for" right before the time. The object is short and
// stays in the clause.
const PERFECT_FOR_BEFORE = new RegExp(
  `\\b(?:has|have|[’']ve)\\s+(?:(?:already|now|just|also)\\s+)?(?:[a-z]+ed|${IRREGULAR_PAST}|${UNCHANGED_PAST})\\b[^.!?;:,]{0,40}\\bfor\\s+(?:the\\s+)?$`,
  'i',
);

/**
 * Whether the time at `start` is what a present perfect was done for ("Police have cancelled all
 * leave for New Year's Eve", "Rail firms have added trains for Christmas"): a plan made up to now
 * for a time that may be the coming one or the one gone by, so the perfect's past tense does not
 * say which. Not a simple past ("Police cancelled all leave for New Year's Eve"), nor "since".
 */
export function perfectOfPlanFor(text: string, start: number): boolean {
  return PERFECT_FOR_BEFORE.test(text.slice(Math.max(0, start - 90), start));
}
