import { seasonByTense } from './seasonByTense.ts';
import { SEASON_CODES } from './seasonNames.ts';
import { sentenceAt } from './sentenceEnds.ts';
import { tenseAround } from './tenseAround.ts';

// A year in the sentence may place the season ("after a wet autumn in 2024"); an adverb of habit
// makes it any year's ("Spring planting usually starts in March", "A dry summer often cuts
// yields").
const YEAR = /\b(?:1[89]|20)\d{2}\b/;
const HABIT =
  /\b(?:usually|typically|normally|generally|traditionally|customarily|often|routinely|always|tends?\s+to|every\s+year|each\s+year)\b/i;
// A season forecast, warned of or braced for is the one to come, whatever the tense of the saying
// ("Forecasters warned of a cold winter", "Growers are bracing for a dry summer ahead").
const FORECAST_BEFORE =
  /\b(?:warn\w*|forecast\w*|predict\w*|expect\w*|fear\w*|brac\w+\s+for|prepar\w+\s+for)\b[^.!?;]*$/i;
// One hoped or prayed for or counted on now is the one to come ("Shops are hoping for a busy
// summer", "Garden centres count on a warm spring"); one hoped for in the past is left to the tense
// ("Growers had hoped for a dry spring", "Hoteliers were counting on a busy summer").
const HOPED_NOW_BEFORE =
  /(?:\b(?:hope|hopes|pray|prays|count|counts)|\b(?:am|is|are)\s+(?:still\s+)?(?:hoping|praying|counting)|['’]re\s+(?:still\s+)?(?:hoping|praying|counting))\s+(?:for|on)\b[^.!?;]*$/i;
const AHEAD_AFTER = /^\s+(?:ahead|to come)\b/i;

/** Whether the season word at `start`–`end` is forecast, warned of or braced for, or "ahead". */
export function isForecastSeason(text: string, start: number, end: number): boolean {
  return (
    FORECAST_BEFORE.test(text.slice(Math.max(0, start - 120), start)) ||
    HOPED_NOW_BEFORE.test(text.slice(Math.max(0, start - 120), start)) ||
    AHEAD_AFTER.test(text.slice(end))
  );
}

/**
 * Whether the sentence of the season word at `start`–`end` names a year that may place it ("after
 * a wet autumn in 2024") or tells a habit ("A dry summer often cuts yields"): no season by tense.
 */
export function isSeasonPlacedOrHabitual(text: string, start: number, end: number): boolean {
  const sentence = sentenceAt(text, start, end);
  return YEAR.test(sentence) || HABIT.test(sentence);
}

/**
 * The value of a season word at `start`–`end` told by its clause's tense (the last one gone by in
 * the past, the current or coming one ahead or forecast), or undefined where the sentence tells no
 * tense, a habit, or names a year that may place the season.
 *
 * @example toldSeasonValue('A cold, wet spring delayed planting.', 13, 19, '2026-11-12') // '2026-SP'
 */
export function toldSeasonValue(
  text: string,
  start: number,
  end: number,
  published: string,
): string | undefined {
  if (isSeasonPlacedOrHabitual(text, start, end)) return undefined;
  const tense = isForecastSeason(text, start, end) ? 'future' : tenseAround(text, start, end);
  if (tense === 'unknown') return undefined;
  return seasonByTense(
    SEASON_CODES[text.slice(start, end).toLowerCase()]!,
    published,
    tense,
    undefined,
  );
}
