import { toLocalDate } from './calendarDate.ts';
import { publishedSeasonReading } from './publishedSeasonReading.ts';
import type { Pass, Reading } from './Reading.ts';
import { SEASON_MONTH } from './seasonByTense.ts';
import { SEASON_CODES } from './seasonNames.ts';
import { sentenceStartAt } from './sentenceEnds.ts';
import type { Season } from './toTimex.ts';

// "before the winter", "by the spring": a deadline set by a season, lowercase.
const SEASON_DEADLINE = /\b(?:before|by)\s+(the\s+(summer|autumn|fall|winter|spring))\b(?![-'’])/g;
// A wish, a need or a plan told now: "wants", "hopes to", "needs", "aims to", "must", "plans to".
const WISHED =
  /\b(?:wants?|hopes?|hoping|needs?|aims?|aiming|plans?|planning|intends?|must|expects?|expecting)\b/gi;
// "Plans for the bridge were abandoned before the winter", "The jockey, who hopes to ride again,
// had won five races before the fall": a past verb between the wish and the deadline tells a
// thing done before a season gone by, or a noun ("plans") taken for the wish.
const PAST_BETWEEN = /\b(?:had|was|were|did)\b/i;
// "before the winter." / "by the spring, when": the season ends the clause; not "before the summer
// recess" (a stretch of it) nor "before the fall of Kabul" (a defeat).
const CLAUSE_ENDS = /^\s*(?:[.,;:!?)]|$|(?:and|or|so|when|because|while|as)\b)/;

// "hurt by the fall", "stung by the fall": after "by", "the fall" is as often a tumble's or a
// drop's agent; only "before the fall" is read.
const BY_THE_FALL = /^by\s+the\s+fall$/;

// The season's next start after the publication date.
function comingSeason(season: Season, published: string): string {
  const date = toLocalDate(published);
  const year = date.getFullYear();
  const begun = new Date(year, SEASON_MONTH[season] - 1, 1) <= date;
  return `${begun ? year + 1 : year}-${season}`;
}

/**
 * "The trust wants the new wing open before the winter" (said on 15 January 2026, 2026-WI), "The
 * team hopes to sign a new striker before the fall" (said on 19 May 2026, 2026-FA): a season after
 * "before the" or "by the" in a sentence that tells a wish, a need or a plan now ("wants", "hopes",
 * "needs", "aims", "plans", "must") is the season's next start after the publication date, even
 * where the season named is the current one; in both readings, the extent "the winter", priority
 * over the readers by tense (which read the winter under way, 2025-WI). Not a wish told in the past
 * ("had wanted the wing open before the winter"), "by the fall" ("The jockey wants to ride again
 * after being hurt by the fall", a tumble), nor a season before a noun or "of" ("before the
 * summer recess", "before the fall of Kabul"), nor one after a past verb that follows the wish
 * ("Plans for the bridge were abandoned before the winter", said in February: the winter under way).
 */
export const readSeasonWishedBefore: Pass = (text, { published }) => {
  const readings: Reading[] = [];
  for (const m of text.matchAll(SEASON_DEADLINE)) {
    const end = m.index + m[0].length;
    const start = end - m[1]!.length;
    if (!CLAUSE_ENDS.test(text.slice(end)) || BY_THE_FALL.test(m[0])) continue;
    const from = sentenceStartAt(text, m.index);
    const wish = [...text.slice(from, m.index).matchAll(WISHED)].at(-1);
    if (!wish || PAST_BETWEEN.test(text.slice(from + wish.index + wish[0].length, m.index)))
      continue;
    const value = comingSeason(SEASON_CODES[m[2]!]!, published);
    readings.push({ ...publishedSeasonReading(start, end, value, published), priority: 3 });
  }
  return readings;
};
