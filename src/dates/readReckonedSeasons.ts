import type { Pass, Reading } from './Reading.ts';
import { publishedSeasonReading } from './publishedSeasonReading.ts';
import { SEASON_PATTERN } from './seasonNames.ts';
import { toldSeasonValue } from './toldSeasonValue.ts';

// "the meteorological spring", "the astronomical autumn", "meteorological winter": a season by the
// reckoning that fixes its start, in weather copy. The adjective and the season are the extent.
const RECKONED_SEASON = new RegExp(
  `\\b(?:meteorological|astronomical)\\s+(${SEASON_PATTERN})\\b`,
  'gi',
);
// "the meteorological winter months", "the astronomical spring day": a part of the season, or a
// day of it, not the season.
const PART_AFTER = /^\s*(?:day|night|morning|afternoon|evening|weekend|month)s?\b/i;
// "Meteorological spring runs from 1 March to 31 May": the reckoning defined, every year's season.
const DEFINED_AFTER = /^\s+(?:runs|covers|spans|lasts|is\s+defined|consists)\b/i;

/**
 * "The meteorological spring began on 1 March", said on 11 March 2026, is "meteorological spring"
 * `2026-SP`; "The meteorological autumn begins on Monday", said on 29 August 2025, is `2025-FA`:
 * a season named by its reckoning (meteorological or astronomical) is the season by tense as "the
 * spring" is (the last one begun in the past, the current or coming one ahead), in both readings.
 * Not read: a day or the months of it ("the meteorological winter months"), the reckoning defined
 * ("Meteorological spring runs from 1 March to 31 May"), and a season in a sentence that tells no
 * tense, a habit ("The meteorological spring always begins on 1 March") or names a year
 * (`toldSeasonValue`); "the meteorological summer of 2025" is read by the longer "summer of 2025".
 */
export const readReckonedSeasons: Pass = (text, { published }) => {
  const readings: Reading[] = [];
  for (const m of text.matchAll(RECKONED_SEASON)) {
    const end = m.index + m[0].length;
    const seasonStart = end - m[1]!.length;
    if (PART_AFTER.test(text.slice(end)) || DEFINED_AFTER.test(text.slice(end))) continue;
    const value = toldSeasonValue(text, seasonStart, end, published);
    if (!value) continue;
    readings.push(publishedSeasonReading(m.index, end, value, published));
  }
  return readings;
};
