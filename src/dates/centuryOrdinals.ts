import { ORDINALS_AFTER_FIRST } from './ordinalsAfterFirst.ts';

const TEENS: Readonly<Record<string, number>> = {
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  'twenty-first': 21,
};

/** Ordinal words of the centuries of the common era, "first" to "twenty-first". */
const CENTURY_WORDS: Readonly<Record<string, number>> = {
  first: 1,
  ...ORDINALS_AFTER_FIRST,
  ...TEENS,
};

/**
 * A century's ordinal as a regular expression's alternatives: "1st" to "21st" in figures (with
 * their own suffix) and "first" to "twenty-first" in words.
 */
export const CENTURY_ORDINAL_SOURCE = `(?:1st|2nd|3rd|[4-9]th|1\\d(?:th)|20th|21st|${Object.keys(
  CENTURY_WORDS,
)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;

// A century's ordinal in figures and nothing else ("19th", not "19th-century").
const CENTURY_ORDINAL_WHOLE = new RegExp(`^${CENTURY_ORDINAL_SOURCE}$`);

/**
 * The number of the century an ordinal names ("12th" and "twelfth" are 12), or `undefined` for no
 * century ordinal of the common era up to the 21st.
 * @example centuryNumber('nineteenth') // 19
 */
export function centuryNumber(ordinal: string): number | undefined {
  const word = ordinal.toLowerCase();
  const figures = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(word);
  if (figures) {
    const n = Number(figures[1]);
    return CENTURY_ORDINAL_WHOLE.test(word) && n >= 1 && n <= 21 ? n : undefined;
  }
  return CENTURY_WORDS[word];
}
