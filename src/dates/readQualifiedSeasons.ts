import type { Pass, Reading } from './Reading.ts';
import { nearestSeason } from './nearestSeason.ts';
import { publishedSeasonReading } from './publishedSeasonReading.ts';
import { isSeasonBeforeNoun } from './isSeasonBeforeNoun.ts';
import { SEASON_CODES } from './seasonNames.ts';
import { sentenceAt } from './sentenceEnds.ts';
import { isSeasonPlacedOrHabitual, toldSeasonValue } from './toldSeasonValue.ts';
import { CAPITALISED } from './capitalised.ts';

// Words a reporter grades a season's trade or mood by ("a bumper summer", "a record summer at the
// box office", "a quiet winter", "a hard winter"). Weather and strain ("a wet autumn", "a
// difficult winter") are readWeatherSeasons' words.
export const GRADE =
  '(?:busier|quiet|quieter|hard|harder|tougher|bumper|record|slow|slower|strong|stronger|weak|weaker|bleak|brutal|miserable|disappointing|frantic|good|better|bad|worse|poor|healthy|lean|lacklustre|lackluster|sluggish|stellar|turbulent|rocky|torrid|dismal|washout|bruising|chaotic)';
const QUALIFIED_SEASON = new RegExp(
  `\\b(?:a|another)\\s+(?:[a-z]+ly\\s+)?${GRADE}\\s+(summer|autumn|fall|winter|spring)\\b(?![-'’])`,
  'gi',
);
// "a hard fall at the final fence", "a strong spring": a tumble, a drop, a coil.
const FALL_OR_SPRING = /^(?:fall|spring)$/i;
// "It has been a bruising spring for the chancellor", "a miserable spring": a word of mood grades
// no coil or well, so a spring after it is the season.
// Not "frantic" or "sluggish", which grade a leap or a coil as well ("The deer made a frantic
// spring over the fence", "The old clock has a sluggish spring").
const MOOD_SPRING =
  /\b(?:bruising|miserable|turbulent|torrid|dismal|chaotic|disappointing|lacklustre|lackluster)\s+spring$/i;
// "a quiet winter day", "a good summer evening": a day or a night of it.
export const DAY_OR_NIGHT_AFTER = /^\s+(?:day|night|morning|afternoon|evening|weekend)s?\b/i;
// "a good summer read", "a fine winter warmer": a kind of thing the tagger takes for a verb.
const THING_AFTER = /^\s+(?:read|drink|treat|getaway|escape|warmer|cooler)s?\b/i;
// "Her debut, a bleak winter, was shortlisted": a name set off by commas, a title's or a thing's.
const SET_OFF = (text: string, start: number, end: number) =>
  /,\s*$/.test(text.slice(0, start)) && /^,/.test(text.slice(end));
// "If there is a bumper summer", "A quiet winter would help": a season supposed, any year's.
const SUPPOSED = /\b(?:if|unless|would)\b/i;

/**
 * "Shops are bracing for a quiet winter" (said on 14 November 2026, 2026-WI), "Pubs enjoyed a
 * bumper summer" (said on 25 September 2026, 2026-SU), "Farmers face a hard winter" (said on 3
 * October 2026, 2026-WI): a summer, an autumn or a winter after "a" or "another" and a word that
 * grades its trade or mood is the season by tense as "the winter" is (`toldSeasonValue`: the last
 * one gone by in the past, the current or coming one ahead), or where the clause tells no tense,
 * the nearest (`nearestSeason`), in both readings; the extent is the season's word. Not "fall" or
 * "spring" (a tumble, a coil: FALL_OR_SPRING; but "a bruising spring", a spring graded by mood, is
 * read: "It has been a bruising spring for the chancellor", said on 10 June 2026, 2026-SP), a day
 * or a night of it ("a quiet winter day"), a kind of thing after it ("a good summer job",
 * `isSeasonBeforeNoun`), a season supposed ("if there is a bumper summer"), a title ("A Hard
 * Winter", or one set off by commas: "Her debut, a bleak winter, was shortlisted"), a thing the
 * tagger takes for a verb ("a good summer read"), nor a sentence with a year or a habit.
 */
export const readQualifiedSeasons: Pass = (text, { published }) => {
  const readings: Reading[] = [];
  for (const m of text.matchAll(QUALIFIED_SEASON)) {
    const end = m.index + m[0].length;
    const start = end - m[1]!.length;
    if ((FALL_OR_SPRING.test(m[1]!) && !MOOD_SPRING.test(m[0])) || CAPITALISED.test(m[1]!))
      continue;
    if (DAY_OR_NIGHT_AFTER.test(text.slice(end)) || THING_AFTER.test(text.slice(end))) continue;
    if (isSeasonBeforeNoun(text, end) || SET_OFF(text, m.index, end)) continue;
    if (SUPPOSED.test(sentenceAt(text, start, end)) || isSeasonPlacedOrHabitual(text, start, end))
      continue;
    const value =
      toldSeasonValue(text, start, end, published) ??
      nearestSeason(SEASON_CODES[m[1]!.toLowerCase()]!, published);
    readings.push(publishedSeasonReading(start, end, value, published));
  }
  return readings;
};
