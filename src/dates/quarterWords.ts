/** Ordinal words of a quarter and its number. */
export const QUARTER_WORDS: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  final: 4,
};

/** The same words as a regular expression's alternatives: "first|1st|second|…|final". */
export const QUARTER_WORD_SOURCE = Object.keys(QUARTER_WORDS).join('|');
