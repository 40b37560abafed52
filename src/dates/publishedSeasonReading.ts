import type { Reading } from './Reading.ts';

/**
 * Words read as a season of the given TIMEX value ("2026-FA"), anchored on the publication
 * date: what the readers of a season told by its tense give ("a wet autumn", "spring planting",
 * "the wettest winter since records began").
 */
export function publishedSeasonReading(
  start: number,
  end: number,
  value: string,
  published: string,
): Reading {
  return {
    start,
    end,
    priority: 2,
    resolve: () => ({
      type: 'DATE',
      value,
      granularity: 'season',
      anchor: { kind: 'published', date: published },
    }),
  };
}
