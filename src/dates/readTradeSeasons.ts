import type { Pass, Reading } from './Reading.ts';
import { publishedSeasonReading } from './publishedSeasonReading.ts';
import { isSeasonBeforeNoun } from './isSeasonBeforeNoun.ts';
import { SEASON_PATTERN } from './seasonNames.ts';
import { toldSeasonValue } from './toldSeasonValue.ts';

// "the summer driving season", "the winter heating season", "the summer travel season": a season
// before the trade's own season of demand, which names that stretch of the season as "spring
// planting" does. Not a season a kind of thing names ("the winter fuel payment"), nor a
// season of a sport or of the weather alone ("the summer transfer window", "the hurricane season").
const TRADE_SEASON = new RegExp(
  `\\b(${SEASON_PATTERN})[ -](?:driving|heating|cooling|travel|tourist|holiday|injection|withdrawal|refinery\\s+maintenance|maintenance|peak\\s+demand|demand)\\s+season\\b`,
  'gi',
);
// "this summer's driving season" is read by the other readers; "last summer driving season" alike.
const COUNTED_BEFORE = /\b(?:this|last|next|every|each|per|a|an)\s+$/i;

/**
 * "Pump prices are expected to climb ahead of the summer driving season", "Gas stocks were ample
 * going into the winter heating season": a season before a trade's season of demand is the season
 * by tense, as "the summer" is, in both readings; the extent is the season's word. Only where the
 * clause tells a tense ("Gasoline demand usually peaks during the summer driving season" is every
 * summer's and reads nothing), and not in a sentence with a year, which may place the season.
 */
export const readTradeSeasons: Pass = (text, { published }) => {
  const readings: Reading[] = [];
  for (const m of text.matchAll(TRADE_SEASON)) {
    const start = m.index;
    const end = start + m[1]!.length;
    if (COUNTED_BEFORE.test(text.slice(Math.max(0, start - 10), start))) continue;
    if (isSeasonBeforeNoun(text, start + m[0].length)) continue;
    const value = toldSeasonValue(text, start, end, published);
    if (!value) continue;
    readings.push(publishedSeasonReading(start, end, value, published));
  }
  return readings;
};
