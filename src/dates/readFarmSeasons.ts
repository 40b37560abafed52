import type { Pass, Reading } from './Reading.ts';
import { publishedSeasonReading } from './publishedSeasonReading.ts';
import { isSeasonBeforeNoun } from './isSeasonBeforeNoun.ts';
import { SEASON_PATTERN } from './seasonNames.ts';
import { toldSeasonValue } from './toldSeasonValue.ts';
import { CAPITALISED } from './capitalised.ts';

// "spring planting", "the autumn harvest", "winter lambing": a season before the farm work done in
// it, which names that stretch of the season as "the summer holidays" does. Not a crop or a
// breed the season names ("winter wheat", "spring barley", "spring lamb"), which dates nothing.
const FARM_SEASON = new RegExp(
  `\\b(${SEASON_PATTERN})[ -](?:planting|plantings|sowing|sowings|drilling|harvest|harvests|harvesting|lambing|calving|shearing|haymaking|silage|spraying)\\b`,
  'gi',
);
// "this spring's planting" is read by the other readers; "last spring planting" alike.
const COUNTED_BEFORE = /\b(?:this|last|next|every|each|per|a|an)\s+$/i;

/**
 * "Spring planting is expected to start early", "Farmers finished the autumn harvest in October":
 * a season before the farm work done in it is the season by tense, as "the summer" is, in both
 * readings; the extent is the season's word. Only where the clause tells a tense ("Spring planting
 * usually starts in March" is every spring's and reads nothing), and not in a sentence with a
 * year, which may place the season. Not a name ("the Autumn Harvest Festival") nor a kind of thing
 * the season's work names ("autumn harvest festivals", "spring calving cows").
 */
export const readFarmSeasons: Pass = (text, { published }) => {
  const readings: Reading[] = [];
  for (const m of text.matchAll(FARM_SEASON)) {
    const start = m.index;
    const end = start + m[1]!.length;
    if (COUNTED_BEFORE.test(text.slice(Math.max(0, start - 10), start))) continue;
    // "The Autumn Harvest Festival" is a name; "autumn harvest festivals", "spring calving cows"
    // a kind of thing the season's work names, as "the winter storm" is (isSeasonBeforeNoun).
    if (CAPITALISED.test(m[0].slice(m[1]!.length + 1))) continue;
    if (isSeasonBeforeNoun(text, start + m[0].length)) continue;
    const value = toldSeasonValue(text, start, end, published);
    if (!value) continue;
    readings.push(publishedSeasonReading(start, end, value, published));
  }
  return readings;
};
