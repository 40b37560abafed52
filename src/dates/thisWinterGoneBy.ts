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
