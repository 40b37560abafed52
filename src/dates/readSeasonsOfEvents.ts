import type { Pass, Reading } from './Reading.ts';
import { nearestSeason } from './nearestSeason.ts';
import { publishedSeasonReading } from './publishedSeasonReading.ts';
import { SEASON_CODES } from './seasonNames.ts';
import { sentenceAt } from './sentenceEnds.ts';
import { isSeasonPlacedOrHabitual, toldSeasonValue } from './toldSeasonValue.ts';

// "a summer of strikes", "a chaotic winter of walkouts", "another spring of protests": "a" or
// "another", perhaps one word that grades it, the season, "of" and perhaps one word before a plural
// noun, the things the season was full of. Not "fall" (a fall of rocks, of leaves).
const SEASON_OF_EVENTS =
  /\b(?:a|another)\s+(?:[a-z]+\s+)?(summer|autumn|winter|spring)\s+of\s+(?:[a-z]+\s+)?([a-z]+)\b(?![-'’])/gi;
// A plural noun ("strikes", "walkouts", "protests"), not a word ending in "ss" or "us" ("a summer
// of success", "a winter of chaos" are read elsewhere or not at all) nor a unit of time.
const PLURAL = /^[a-z]+[^su]s$/;
const UNIT = /^(?:seconds|minutes|hours|days|nights|weeks|weekends|months|years|decades)$/;
// "a spring of fresh waters": a spring of water.
const WATER = /^(?:waters|streams)$/;
// "If there is a summer of strikes", "A winter of walkouts would cripple the NHS": supposed.
const SUPPOSED = /\b(?:if|unless|would)\b/i;

/**
 * "Rail unions are balloting again after a summer of strikes" (said on 20 September 2022,
 * 2022-SU), "Hospitals are recovering from a chaotic winter of walkouts" (said on 15 March 2023,
 * 2022-WI): a spring, a summer, an autumn or a winter "of" a plural noun, after "a" or "another"
 * and perhaps a word that grades it, is the season by tense as "the winter" is
 * (`toldSeasonValue`), or where the clause tells no tense the nearest (`nearestSeason`), in both
 * readings; the extent is the season's word. Not "fall" (a fall of rocks), a noun that is no
 * plural ("the summer of love", "a spring of water"), a unit of time ("a summer of weeks"), water ("a spring of fresh waters"), a title
 * (the season's word capitalised: "A Summer of Thieves"), a season supposed ("if there is a summer
 * of strikes"), nor a sentence with a year or a habit.
 */
export const readSeasonsOfEvents: Pass = (text, { published }) => {
  const readings: Reading[] = [];
  for (const m of text.matchAll(SEASON_OF_EVENTS)) {
    const season = m[1]!;
    const noun = m[2]!;
    if (/^[A-Z]/.test(season) || !PLURAL.test(noun) || UNIT.test(noun) || WATER.test(noun))
      continue;
    const start = m.index + m[0].search(/\s+of\s/i) - season.length;
    const end = start + season.length;
    if (SUPPOSED.test(sentenceAt(text, start, end)) || isSeasonPlacedOrHabitual(text, start, end))
      continue;
    const value =
      toldSeasonValue(text, start, end, published) ??
      nearestSeason(SEASON_CODES[season.toLowerCase()]!, published);
    readings.push(publishedSeasonReading(start, end, value, published));
  }
  return readings;
};
