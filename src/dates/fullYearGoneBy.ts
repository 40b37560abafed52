import type { Tense } from './tenseAround.ts';

// "the full year", "the whole year", "the entire year": the year a report sums up.
const WHOLE_YEAR = /\b(?:full|whole|entire)\s+(?:fiscal\s+|financial\s+)?year$/i;
// A forecast is for the year under way: "raised its forecast for the full year", "guidance for".
export const FORECAST_FOR =
  /\b(?:forecasts?|outlooks?|guidance|estimates?|projections?|targets?|expectations?|predictions?)\s+for\s+$/i;
// A year's figures are reported in its first three months: results, trade and price figures.
export const LAST_REPORTING_MONTH = 3;

/**
 * Whether "the full year" a past sentence reports on is the year gone by: "Exports for the full
 * year fell 3 per cent", said in March 2026, is `2025`, as "For the full year, revenue rose 8%"
 * said in February; in the rest of the year, or told ahead ("Sales for the full year are expected
 * to rise", "raised its forecast for the full year"), it is the year of publication. `words` are the
 * words read, `before` the text before them, `published` YYYY-MM-DD.
 *
 * @example fullYearGoneBy('the full year', 'Exports for ', 'past', '2026-03-10') // true
 */
export function fullYearGoneBy(
  words: string,
  before: string,
  tense: Tense,
  published: string,
): boolean {
  return (
    tense === 'past' &&
    WHOLE_YEAR.test(words) &&
    !FORECAST_FOR.test(before) &&
    Number(published.slice(5, 7)) <= LAST_REPORTING_MONTH
  );
}
