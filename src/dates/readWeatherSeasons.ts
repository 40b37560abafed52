import type { Pass, Reading } from './Reading.ts';
import { publishedSeasonReading } from './publishedSeasonReading.ts';
import { isSeasonBeforeNoun } from './isSeasonBeforeNoun.ts';
import { SEASON_PATTERN } from './seasonNames.ts';
import { sentenceAt } from './sentenceEnds.ts';
import { isForecastSeason, toldSeasonValue } from './toldSeasonValue.ts';
import { CAPITALISED } from './capitalised.ts';

// The weather a season had or will have, as farm, food and energy copy tells what it did to crops
// and demand: wet, dry, mild, cold, hot, snowy …, one or two of them ("a cold, wet spring", "a
// long, hot summer").
export const WEATHER =
  '(?:wet|dry|mild|cold|warm|hot|cool|harsh|severe|bitter|snowy|rainy|sunny|stormy|windy|frosty|damp|dull|long|late|early|freezing|scorching)';
// The strain a season puts on a service, as health and energy copy tells it ("Hospitals have been
// told to prepare for a difficult winter", "after a tough winter"): read as the weather is.
export const STRAIN = '(?:difficult|tough|challenging|busy|gruelling|grueling)';
const WEATHER_SEASON = new RegExp(
  `\\b(?:a|an)\\s+(?:${WEATHER}|${STRAIN})(?:,?\\s+(?:and\\s+)?${WEATHER})?\\s+(${SEASON_PATTERN})\\b(?![-'’])`,
  'gi',
);
// "a hot spring" (water), "a late fall", "a long fall", "a tough fall" (a drop or a tumble):
// "spring" and "fall" only after weather that is no heat, length or lateness, nor a hardship.
const OTHER_SENSE =
  /\b(?:hot|long|late|early|harsh|severe|bitter|hard|difficult|tough|gruelling|grueling)\s+(?:spring|fall)$/i;
// "a wet autumn day", "a mild winter of 2023", "a dry summer's day": a day of it, or one a phrase
// places.
const OF_OR_PART_AFTER = /^\s*(?:(?:day|night|morning|afternoon|evening|weekend)s?\b|of\b)/i;
// "If there is a wet spring, planting will be delayed", "A mild winter would cut gas demand": a
// season supposed, any year's, and no season by tense, unless it is forecast ("Forecasters said
// a cold winter would lift prices").
const SUPPOSED = /\b(?:if|unless|would)\b/i;

/**
 * "The winter wheat was drilled late after a wet autumn", "A cold, wet spring delayed planting",
 * "Gas demand fell after a mild winter": a season told by its weather, with "a", is the season by
 * tense as "the winter" is (the last one gone by in the past, the current or coming one ahead), in
 * both readings; the extent is the season's word. Only where the clause tells a tense: "A dry
 * summer usually means lower yields" is any summer's, and reads nothing. Not a day, a night or a
 * season "of" something ("a mild winter's day", "a wet autumn of 2023"), a kind of thing after it
 * ("a cold winter coat", `isSeasonBeforeNoun`), a spring of water or a fall ("a hot spring", "a
 * long fall"), a season supposed ("If there is a wet spring", "a mild winter would cut demand"), a
 * title ("A Long Winter"), nor a sentence with a year, which may place the season.
 */
export const readWeatherSeasons: Pass = (text, { published }) => {
  const readings: Reading[] = [];
  for (const m of text.matchAll(WEATHER_SEASON)) {
    const end = m.index + m[0].length;
    const start = end - m[1]!.length;
    if (OTHER_SENSE.test(m[0]) || OF_OR_PART_AFTER.test(text.slice(end))) continue;
    if (isSeasonBeforeNoun(text, end)) continue;
    // "The film, A Long Winter, opened": a season capitalised is a title or a name.
    if (CAPITALISED.test(m[1]!)) continue;
    if (SUPPOSED.test(sentenceAt(text, start, end)) && !isForecastSeason(text, start, end))
      continue;
    const value = toldSeasonValue(text, start, end, published);
    if (!value) continue;
    readings.push(publishedSeasonReading(start, end, value, published));
  }
  return readings;
};
