import { seasonByTense } from './seasonByTense.ts';
import { sentenceAt, sentenceStartAt } from './sentenceEnds.ts';
import type { Season } from './toTimex.ts';

// "was released", "unveiled", "will announce", "published", "set out": a plan made known.
const ANNOUNCED =
  /\b(?:release[sd]?|releasing|unveil(?:s|ed|ing)?|announce[sd]?|announcing|publish(?:es|ed|ing)?|reveal(?:s|ed|ing)?|set(?:s|ting)?\s+out)\b/gi;
// "announced that the spring schedule had been a success": what is made known is a clause about
// the schedule, not the schedule.
const THAT_AFTER = /^\s+that\b/i;
// After the season's words, only a passive makes the schedule the thing made known ("The winter
// fixtures list was released"); a bare participle tells when a schedule now talked of was made
// known ("The summer schedule announced in March was scrapped", "The fall lineup, unveiled last
// May, has been a flop").
// "set out its winter programme, which ran from December to March": the schedule told as gone by.
const GONE_BY_AFTER = /^[^.!?;]*?,\s*which\s+(?:was|were|had|ran|ended|lasted|finished)\b/i;
const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?$/i;

/**
 * The season a schedule made known in the sentence is for: a fixtures list, a timetable or a
 * lineup is released ahead of its season, so "The winter fixtures list was released on Tuesday",
 * said on 17 June 2026, is the coming winter, 2026-WI, not the one gone by (the nearest in June);
 * "The league will release the winter schedule next month", said on 24 June 2026, 2026-WI. The
 * current season stays the current one ("Ryanair announced its winter schedule", said on 20 January
 * 2026, 2025-WI). The release is told before the season's word (its object) or after it as a
 * passive ("was released"). Undefined where the sentence tells no release, publication or
 * announcement ("The winter timetable was cut by a tenth"), where the release is a bare participle
 * after the schedule ("The summer schedule announced in March was scrapped", said in October: the
 * summer gone by), what is announced is a clause ("announced that the spring schedule had been
 * a success"), or a clause after it tells the schedule gone by ("set out its winter programme, which
 * ran from December to March"): the season is left to its nearest.
 *
 * @example scheduleAnnouncedSeason('The winter fixtures list was released.', 4, 10, 'WI', '2026-06-17') // '2026-WI'
 */
export function scheduleAnnouncedSeason(
  text: string,
  start: number,
  end: number,
  season: Season,
  published: string,
): string | undefined {
  const from = sentenceStartAt(text, start);
  const to = from + sentenceAt(text, start, end).length;
  if (GONE_BY_AFTER.test(text.slice(end, to))) return undefined;
  for (const m of text.slice(from, to).matchAll(ANNOUNCED)) {
    const at = from + m.index;
    if (at < start && THAT_AFTER.test(text.slice(at + m[0].length))) continue;
    if (at > start && !PASSIVE_BEFORE.test(text.slice(from, at))) continue;
    return seasonByTense(season, published, 'future', undefined);
  }
  return undefined;
}
