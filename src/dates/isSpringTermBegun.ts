import { toLocalDate } from './calendarDate.ts';
import type { Season } from './toTimex.ts';

// The term's own verb of ending right after it ("ended", "has finished", "wrapped up"): a spring
// term over by February is the one before ("The spring term ended badly").
const ENDED_AFTER = /^\s+(?:(?:has|had)\s+)?(?:ended|finished|closed|concluded|wrapped\s+up)\b/i;

/**
 * Whether a spring term, told with no "this", "last" or "next", is already the publication year's
 * in January or February: a school's spring term (or semester) opens in January, well before the
 * season, so "The spring term began online", said on 2 February 2026, is `2026-SP`, not the
 * spring gone by (`2025-SP`). Only spring: "the fall semester" told in the past in February is
 * still the last one, and a bare "spring" ("Crops suffered in the spring") is the season. Not with
 * the term's own verb of ending after it (`after`, the text after the term): "The spring term ended
 * badly", said in February, is the one before.
 */
export function isSpringTermBegun(season: Season, published: string, after: string): boolean {
  const month = toLocalDate(published).getMonth() + 1;
  return season === 'SP' && month <= 2 && !ENDED_AFTER.test(after);
}
