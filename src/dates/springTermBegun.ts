import { toLocalDate } from './calendarDate.ts';
import type { Season } from './toTimex.ts';

/**
 * Whether a spring term, told with no "this", "last" or "next", is already the publication year's
 * in January or February: a school's spring term (or semester) opens in January, well before the
 * season, so "The spring term began online", said on 2 February 2026, is `2026-SP`, not the
 * spring gone by (`2025-SP`). Only spring: "the fall semester" told in the past in February is
 * still the last one, and a bare "spring" ("Crops suffered in the spring") is the season.
 */
export function isSpringTermBegun(season: Season, published: string): boolean {
  const month = toLocalDate(published).getMonth() + 1;
  return season === 'SP' && month <= 2;
}
