import type { Pass, Reading } from './Reading.ts';
import type { Season } from './toTimex.ts';
import { nearestSeason } from './nearestSeason.ts';
import { publishedSeasonReading } from './publishedSeasonReading.ts';
import { seasonByTense } from './seasonByTense.ts';
import { isSeasonOfEventsAhead } from './isSeasonOfEventsAhead.ts';
import { SEASON_CODES } from './seasonNames.ts';
import { sentenceAt, sentenceStartAt } from './sentenceEnds.ts';
import { isSeasonPlacedOrHabitual, toldSeasonValue } from './toldSeasonValue.ts';
import { CAPITALISED } from './capitalised.ts';

// "a summer of strikes", "a chaotic winter of walkouts", "another spring of protests": "a" or
// "another", perhaps one word that grades it, the season, "of" and perhaps one word before a plural
// noun, the things the season was full of. Not "fall" (a fall of rocks, of leaves). The plural is
// in the pattern, so that the word before it does not take it ("a winter of losses after the
// drought" is not a winter of "after").
// A noun of trouble with no plural ("a summer of scandal", "a winter of disruption", "a spring of
// unrest") fills a season as a plural does. Not "discontent": "a winter of discontent" is most
// often the allusion ("recalled a winter of discontent that brought down a government"), no season
// of the story's year, unless "to come" or "ahead" follows it.
const TROUBLE =
  'scandal|turmoil|unrest|discord|strife|hardship|misery|violence|upheaval|uncertainty|austerity|disruption';
const SEASON_OF_EVENTS = new RegExp(
  String.raw`\b(?:an?|another)\s+(?:[a-z]+\s+)?(summer|autumn|winter|spring)\s+of\s+(?:[a-z]+\s+)?([a-z]+[a-rtv-z]s|${TROUBLE})\b(?![-'’])`,
  'gi',
);
// "the winter of discontent to come", "a spring of unrest ahead", "a summer of sport to come": a
// season of anything, plural or not, that "to come" or "ahead" follows is the coming one, after
// "the" too.
const SEASON_OF_THINGS_TO_COME =
  /\b(?:an?|another|the)\s+(?:[a-z]+\s+)?(summer|autumn|winter|spring)\s+of\s+(?:[a-z]+\s+)?([a-z]+)\s+(?:to\s+come|ahead)\b/gi;
// "A winter of rain ahead would flood the valleys": an indefinite season to come that a "would"
// follows as its verb is supposed ("the spring of strikes ahead would be long", told of, is not).
const SUPPOSED_AFTER_INDEFINITE = /^\s+(?:would|could|might)\b/i;
// The plural ("strikes", "walkouts", "protests") ends in no "ss" or "us" ("a summer of success",
// "a winter of chaos" are read elsewhere or not at all), and is no unit of time.
const UNIT = /^(?:seconds|minutes|hours|days|nights|weeks|weekends|months|years|decades)$/;
// "a spring of fresh waters": a spring of water.
const WATER = /^(?:waters?|streams?)$/;
// "If there is a summer of strikes", "A winter of walkouts would cripple the NHS": supposed.
const SUPPOSED = /\b(?:if|unless|would)\b/i;
const OF = /\s+of\s/i;
// "after a summer of scandal", "recovering from a winter of strikes", "since a spring of unrest":
// a season that something comes after is gone by, whatever the tense of the clause.
const GONE_BY_BEFORE = /\b(?:after|from|since|following)\s+$/i;
const DEFINITE = /^the\b/i;

/**
 * The season's word of a match of either pattern (the season, then the noun after "of"), its
 * extent and its code; none for a title, a unit of time or water after "of".
 */
function seasonWordOf(
  m: RegExpExecArray,
): { start: number; end: number; code: Season } | undefined {
  const season = m[1]!;
  const noun = m[2]!;
  // A title: the season's word capitalised ("A Summer of Thieves").
  if (CAPITALISED.test(season) || UNIT.test(noun) || WATER.test(noun)) return undefined;
  const start = m.index + m[0].search(OF) - season.length;
  return { start, end: start + season.length, code: SEASON_CODES[season.toLowerCase()]! };
}

/**
 * "Rail unions are balloting again after a summer of strikes" (said on 20 September 2022,
 * 2022-SU), "Hospitals are recovering from a chaotic winter of walkouts" (said on 15 March 2023,
 * 2022-WI): a spring, a summer, an autumn or a winter "of" a plural noun, after "a" or "another"
 * and perhaps a word that grades it, is the season by tense as "the winter" is
 * (`toldSeasonValue`), or where the clause tells no tense the nearest (`nearestSeason`), in both
 * readings; the extent is the season's word. "an" before it too ("after an autumn of walkouts").
 * A season of anything with "to come" or "ahead" after it is the coming one, after "the" too and
 * whether its noun is plural or not: "Hospital chiefs fear the winter of discontent to come", said
 * on 5 October 2026, is `2026-WI`; "a spring of unrest to come", though not "a winter of rain
 * ahead" that "would" follows. A noun of trouble counts as a plural: "The league endured a summer
 * of scandal", said on 9 September 2026, is `2026-SU`. Not "fall" (a fall of rocks), any other
 * noun that is no plural ("a summer of love", "a spring of water"), a unit of time ("a summer of
 * weeks"), water ("a spring of fresh waters"), a title (the season's word capitalised: "A Summer of
 * Thieves"), a season supposed ("if there is a summer of strikes"), nor a sentence with a year or
 * a habit.
 */
export const readSeasonsOfEvents: Pass = (text, { published }) => {
  const readings: Reading[] = [];
  for (const m of text.matchAll(SEASON_OF_THINGS_TO_COME)) {
    const word = seasonWordOf(m);
    if (!word) continue;
    const { start, end, code } = word;
    if (SUPPOSED.test(text.slice(sentenceStartAt(text, start), m.index))) continue;
    if (!DEFINITE.test(m[0]) && SUPPOSED_AFTER_INDEFINITE.test(text.slice(m.index + m[0].length)))
      continue;
    if (isSeasonPlacedOrHabitual(text, start, end)) continue;
    const value = seasonByTense(code, published, 'future', undefined);
    // Over "the winter" that the season's own reader gives by tense.
    readings.push({ ...publishedSeasonReading(start, end, value, published), priority: 3 });
  }
  const toCome = new Set(readings.map((r) => r.start));
  for (const m of text.matchAll(SEASON_OF_EVENTS)) {
    const word = seasonWordOf(m);
    if (!word || toCome.has(word.start)) continue;
    const { start, end, code } = word;
    // "threatened a summer of strikes unless the offer improves": planned or threatened, the
    // coming season; a supposition only before the verb ("If unions plan a winter of strikes").
    const sentence = sentenceAt(text, start, end);
    const ahead =
      isSeasonOfEventsAhead(text.slice(Math.max(0, m.index - 30), m.index)) &&
      !SUPPOSED.test(text.slice(sentenceStartAt(text, start), m.index));
    if (ahead && !isSeasonPlacedOrHabitual(text, start, end)) {
      readings.push(
        publishedSeasonReading(
          start,
          end,
          seasonByTense(code, published, 'future', undefined),
          published,
        ),
      );
      continue;
    }
    if (SUPPOSED.test(sentence) || isSeasonPlacedOrHabitual(text, start, end)) continue;
    const value = GONE_BY_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))
      ? seasonByTense(code, published, 'past', undefined)
      : (toldSeasonValue(text, start, end, published) ?? nearestSeason(code, published));
    readings.push(publishedSeasonReading(start, end, value, published));
  }
  return readings;
};
