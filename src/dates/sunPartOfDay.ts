import { PLACE_AFTER_PART_SOURCE } from './placeAfterPart.ts';

/**
 * A part of the day named by the sun ("dawn", "dusk", "nightfall"), read as the TIMEX3 part of
 * the day it falls in: the morning for first light, the evening for last light.
 */
export const SUN_PART_OF_DAY: Readonly<Record<string, string>> = {
  dawn: 'MO',
  daybreak: 'MO',
  sunrise: 'MO',
  'first light': 'MO',
  dusk: 'EV',
  nightfall: 'EV',
  sunset: 'EV',
};

const SUN_WORD_SOURCE = Object.keys(SUN_PART_OF_DAY).join('|');

/**
 * "by dusk", "at dawn", "until nightfall": a sun word after a preposition, with no day of its own
 * (the clause ends or goes on with its subject, a conjunction or a place after "in": "by dusk in
 * Gaza"). Not one with a day after it
 * ("at dawn on Sunday", "before dawn Tuesday", "at dawn the next day": the day reads it), "from
 * dawn to dusk" (a span of any day), "Dawn" the name.
 */
export const BARE_SUN_PART = bareWordOfDay(SUN_WORD_SOURCE);

/**
 * A word of the day after a preposition with no day of its own, as `BARE_SUN_PART` reads a sun
 * word: `words` is the regular expression's source of the words ("dawn|dusk", "lunchtime"),
 * `prepositions` that of the prepositions it may follow (all those of the sun words unless given).
 */
export function bareWordOfDay(
  words: string,
  prepositions = '[Aa]t|[Bb]y|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|[Aa]round|[Tt]owards?',
): RegExp {
  return new RegExp(
    `(?<=\\b(?:${prepositions}) )(?:${words})` +
      // "at dawn the next day": the day after it reads it.
      `(?!\\s+the\\s+(?:next|following|previous|same|other)\\b)` +
      `(?=\\s*(?:[,.;:)]|$)|\\s+(?:the|a|an|his|her|its|their|it|he|she|they|we|police|officials|and|but|as|when|while|by)\\b|${PLACE_AFTER_PART_SOURCE})`,
    'g',
  );
}

/** "dusk" → `EV`; undefined for any other word. */
export function sunPartOfDay(word: string): string | undefined {
  return SUN_PART_OF_DAY[word.toLowerCase()];
}
