/**
 * The ordinal words from "second" to "tenth" and their numbers: the ordinals that count turns
 * ("a third term", "in its fifth year", "every second week"), which "first" does not.
 */
export const ORDINALS_AFTER_FIRST: Readonly<Record<string, number>> = {
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};

/** The same words as a regular expression's alternatives: "second|third|…|tenth". */
export const ORDINAL_AFTER_FIRST_SOURCE = Object.keys(ORDINALS_AFTER_FIRST).join('|');
