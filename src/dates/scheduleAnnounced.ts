import { seasonByTense } from './seasonByTense.ts';
import type { Season } from './toTimex.ts';

// "was released", "unveiled", "will announce", "published", "set out": a plan made known.
const ANNOUNCED =
  /\b(?:release[sd]?|releasing|unveil(?:s|ed|ing)?|announce[sd]?|announcing|publish(?:es|ed|ing)?|reveal(?:s|ed|ing)?|set(?:s|ting)?\s+out)\b/i;

/**
 * The season a schedule made known in the sentence is for: a fixtures list, a timetable or a
 * lineup is released ahead of its season, so "The winter fixtures list was released on Tuesday",
 * said on 17 June 2026, is the coming winter, 2026-WI, not the one gone by (the nearest in June);
 * "The league will release the winter schedule next month", said on 24 June 2026, 2026-WI. The
 * current season stays the current one ("Ryanair announced its winter schedule", said on 20 January
 * 2026, 2025-WI). Undefined where the sentence tells no release, publication or announcement
 * ("The winter timetable was cut by a tenth"), which leaves the season to its nearest.
 *
 * @example scheduleAnnouncedSeason('The winter fixtures list was released.', 'WI', '2026-06-17') // '2026-WI'
 */
export function scheduleAnnouncedSeason(
  sentence: string,
  season: Season,
  published: string,
): string | undefined {
  if (!ANNOUNCED.test(sentence)) return undefined;
  return seasonByTense(season, published, 'future', undefined);
}
