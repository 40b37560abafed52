/** The English month names, January first: a month's number is its index + 1. */
export const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/** The month names capitalised, as alternatives for a regular expression: "January|February|…". */
export const MONTH_NAME_CAPITALISED_SOURCE = MONTH_NAMES.map(
  (name) => name[0]!.toUpperCase() + name.slice(1),
).join('|');

/** The months' short forms capitalised, as alternatives for a regular expression: "Jan|Feb|…". */
export const MONTH_SHORT_CAPITALISED_SOURCE = MONTH_NAMES.map(
  (name) => name[0]!.toUpperCase() + name.slice(1, 3),
).join('|');

/**
 * A month capitalised, in full or short with its stop ("March", "Mar.", "Sept", "Sept."), as
 * alternatives for a regular expression; a caller ends it where a word ends. A month written after
 * its day is capitalised: a lower-case "may" after two numbers is the modal ("between 8 and 12 may
 * apply").
 */
export const MONTH_CAPITALISED_SOURCE = `${MONTH_NAME_CAPITALISED_SOURCE}|(?:${MONTH_SHORT_CAPITALISED_SOURCE})\\.|Sept\\.?`;

/**
 * The number of the month a word names by its first three letters ("March", "Mar.", "Sept" give
 * 3, 3, 9), or 0 when it names none.
 */
export function monthNumber(word: string): number {
  const short = word.toLowerCase().replace('.', '').slice(0, 3);
  return MONTH_NAMES.findIndex((m) => m.startsWith(short)) + 1;
}

/**
 * A month's name or its short form ("March", "Mar", "Sept"), as a regular expression's source
 * that ends at a word's end.
 */
export const MONTH_WORD_SOURCE = `(?:${MONTH_NAMES.join('|')}|${MONTH_NAMES.map((m) => m.slice(0, 3)).join('|')}|sept)\\b`;

/**
 * A word that opens with a month's short form ("March", "Mar.", "Sept"), as a regular
 * expression's source; looser than MONTH_WORD_SOURCE, it takes any letters after the short form.
 */
export const MONTH_WORD_LOOSE_SOURCE = `(?:${MONTH_NAMES.map((m) => m.slice(0, 3)).join('|')})[a-z]*\\.?`;
