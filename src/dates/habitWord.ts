/**
 * The adverbs of habit, one list for every rule that asks whether a clause tells a habit:
 * "Temperatures always drop sharply in winter", "In the winter the village traditionally holds a
 * lantern parade", "Hotel prices typically rise in August". A regular expression's source.
 */
export const HABIT_ADVERB =
  'usually|typically|normally|generally|traditionally|customarily|invariably|always|often|routinely|regularly';

/**
 * The adverbs of habit that tell only a habit, never "broadly" or "many times": "The senator always
 * held town halls in August", "The library usually opens at 9am". Not "generally", "often",
 * "routinely" or "regularly" ("Prices generally rose in March" is no habit). A regular expression's
 * source.
 */
export const HABIT_ONLY_ADVERB =
  'usually|typically|normally|traditionally|customarily|invariably|always';

/**
 * A word that makes a clause a habit rather than one occasion: "Households put their bins out by
 * 7am every Monday", "The firm regularly ended the year in profit".
 */
export const HABIT_WORD = new RegExp(`\\b(?:every|each|${HABIT_ADVERB})\\b`, 'i');
