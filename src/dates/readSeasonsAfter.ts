import type { Pass, Reading } from './Reading.ts';
import { publishedSeasonReading } from './publishedSeasonReading.ts';
import { DAY_OR_NIGHT_AFTER, GRADE } from './readQualifiedSeasons.ts';
import { STRAIN, WEATHER } from './readWeatherSeasons.ts';
import { isSeasonBeforeNoun } from './isSeasonBeforeNoun.ts';
import { seasonByTense } from './seasonByTense.ts';
import { SEASON_CODES } from './seasonNames.ts';
import { sentenceAt } from './sentenceEnds.ts';
import { isSeasonPlacedOrHabitual } from './toldSeasonValue.ts';
import { HABIT_ONLY_ADVERB } from './habitWord.ts';

// "After a scorching summer", "following a tough spring": a season, lowercase, after "after" or
// "following", "a" and a word (or "-ly" and a word) that grades it.
const SEASON_AFTER = new RegExp(
  `\\b(?:[Aa]fter|[Ff]ollowing)\\s+a\\s+(?:[a-z]+ly\\s+)?([a-z]+)\\s+(summer|autumn|fall|winter|spring)\\b(?![-'’])`,
  'g',
);
// "after a few summer evenings", "after a second summer": a count or a rank, not a grade.
const COUNT_OR_RANK = /^(?:few|couple|first|second|third|fourth|fifth|last|single|whole)$/;
// "after a hard fall at the final fence", "after a sharp fall in prices": a tumble or a drop.
const TUMBLE = /^(?:hard|bad|nasty|heavy|serious|awkward|sharp|steep|sudden|big|dramatic|slight)$/;
// "after a mild fall", "after a sluggish fall": "fall" is a season only after a word the weather
// or the trade readers grade a season by; "after a horrible fall" is a tumble.
const FALL_GRADE = new RegExp(`^(?:${WEATHER}|${STRAIN}|${GRADE})$`);
const DROP_AFTER = /^\s+(?:in|of|from|on|at|off|down|into|to|onto)\b/;
// "after a poor summer tourist season", "after a wet summer holiday season": the noun after the
// season is the kind of season it names, so the season is still a time.
const KIND_OF_SEASON = /^\s+[a-z]+\s+season\b/;
// "after a hot spring bath", "after a natural spring": water from the ground.
const WELL = /^(?:hot|thermal|natural|mineral|freshwater)$/;
// A sentence told ahead, by a modal, "next", "if" or "unless" anywhere in it: "After a busy summer,
// the team will rest" (a season still to come). The whole sentence is asked, so "After a hard
// winter, the spring conference will focus on potholes" is left as well.
const AHEAD = /\b(?:will|would|could|should|might|shall|next|if|unless)\b|['’]ll\b/i;

// A habit told as it is now, after the season: "After a quiet winter, the market now usually opens
// at 8am" (the winter gone by, the habit's "usually" no habit of the season's). Blanked, with its
// "now", before the sentence is asked for a habit.
const HABIT_SINCE_NOW = new RegExp(String.raw`\bnow\s+(?:${HABIT_ONLY_ADVERB})\b`, 'gi');
const blank = (words: string) => ' '.repeat(words.length);

/**
 * "After a scorching summer, reservoirs are at record lows" (said on 14 September 2026, 2026-SU),
 * "Retailers are hoping for better trading after a tough spring" (said on 10 June 2026, 2026-SP),
 * "After a mild fall, ski resorts are still waiting for snow" (said on 1 December 2026, 2026-FA): a
 * season graded after "after a" or "following a" is over or under way, the last one begun by the
 * publication date (`seasonByTense` in the past), in both readings; the extent is the season's
 * word. Not a count or a rank ("after a second summer"), a tumble or a drop ("after a hard fall",
 * "after a sharp fall in prices", and any "fall" graded by a word that is no weather, strain or
 * trade grade: "after a horrible fall"), a spring of water ("after a hot spring"), a day or a thing of
 * the season ("after a long summer day", `isSeasonBeforeNoun`, though "after a poor summer tourist
 * season" is read, the noun naming the kind of season), a title (a capital), a sentence told
 * ahead, by a modal, "next", "if" or "unless" anywhere in it ("After a busy summer, the team will
 * rest"), nor a sentence with a year or a habit, unless the habit is told as it is now ("After a
 * quiet winter, the market now usually opens at 8am", said on 29 April 2026, is 2025-WI).
 */
export const readSeasonsAfter: Pass = (text, { published }) => {
  const readings: Reading[] = [];
  for (const m of text.matchAll(SEASON_AFTER)) {
    const [grade, word] = [m[1]!, m[2]!];
    const end = m.index + m[0].length;
    const start = end - word.length;
    const after = text.slice(end);
    if (COUNT_OR_RANK.test(grade)) continue;
    if (
      word === 'fall' &&
      (!FALL_GRADE.test(grade) || TUMBLE.test(grade) || DROP_AFTER.test(after))
    )
      continue;
    if (word === 'spring' && WELL.test(grade)) continue;
    if (DAY_OR_NIGHT_AFTER.test(after)) continue;
    if (!KIND_OF_SEASON.test(after) && isSeasonBeforeNoun(text, end)) continue;
    if (
      AHEAD.test(sentenceAt(text, start, end)) ||
      isSeasonPlacedOrHabitual(text.replace(HABIT_SINCE_NOW, blank), start, end)
    )
      continue;
    const value = seasonByTense(SEASON_CODES[word]!, published, 'past', undefined);
    readings.push(publishedSeasonReading(start, end, value, published));
  }
  return readings;
};
