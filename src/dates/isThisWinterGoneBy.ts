import { FOR_BEFORE } from './resultsYearGoneBy.ts';
import type { Tense } from './tenseAround.ts';
import type { Season } from './toTimex.ts';

/**
 * Whether "this winter", told in the past in spring, is the winter just ended rather than the
 * coming one: "This winter was the wettest since records began in 1836", said on 11 March 2026, is
 * `2025-WI` (December 2025 to February 2026), not `2026-WI`. Only winter, only in spring: "this
 * winter" told ahead ("Forecasters say this winter will be cold", said in March) is the coming one,
 * and "this summer" in a past clause said in spring is still to come ("pledged to join the
 * protests this summer", said in March); "this summer", said in September, is already the
 * publication year's.
 */
export function isThisWinterGoneBy(season: Season, current: Season, tense: Tense): boolean {
  return season === 'WI' && current === 'SP' && tense === 'past';
}

// "The ski company said this winter would be its busiest", said in April: a modal of the past right
// after the season looks ahead from the telling, to the coming winter; not "could have" ("This
// winter could have been worse" is the one gone by).
const TOLD_AHEAD_AFTER = /^\s+(?:would|could|might|was\s+going\s+to)\b(?!\s+(?:not\s+)?have\b)/i;

/**
 * Whether "this winter" looks ahead from a past telling, by the text after it ("said this winter
 * would be its busiest yet") or a "for" before it ("had secured enough gas for this winter"), so
 * that the clause's past tense does not make it the winter gone by.
 */
export function isThisWinterToldAhead(before: string, after: string): boolean {
  return FOR_BEFORE.test(before) || TOLD_AHEAD_AFTER.test(after);
}
