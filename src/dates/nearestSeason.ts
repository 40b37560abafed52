import { toLocalDate } from './calendarDate.ts';
import { SEASON_MONTH } from './seasonByTense.ts';
import type { Season } from './toTimex.ts';

const DAY_MS = 86_400_000;

/**
 * The season nearest the publication date: the current one, or of the last one's end and the next
 * one's start, the nearer. "winter" said on 3 October 2026 is 2026-WI (two months ahead, the last
 * one seven months gone); "summer" said on 8 September 2026 is 2026-SU (a week gone).
 *
 * @example nearestSeason('WI', '2026-10-03') // '2026-WI'
 */
export function nearestSeason(season: Season, published: string): string {
  const date = toLocalDate(published);
  const year = date.getFullYear();
  const startOf = (y: number) => new Date(y, SEASON_MONTH[season] - 1, 1);
  const endOf = (y: number) => new Date(y, SEASON_MONTH[season] + 2, 1);
  for (const y of [year - 1, year])
    if (startOf(y) <= date && date < endOf(y)) return `${y}-${season}`;
  const last = startOf(year) <= date ? year : year - 1;
  const sinceLast = (date.getTime() - endOf(last).getTime()) / DAY_MS;
  const untilNext = (startOf(last + 1).getTime() - date.getTime()) / DAY_MS;
  return `${sinceLast < untilNext ? last : last + 1}-${season}`;
}
