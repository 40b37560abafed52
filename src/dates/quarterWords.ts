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

/**
 * The four ordinal words of a quarter (or a half: "the first half"), as a regular expression's
 * alternatives: "first|second|third|fourth". Not "final" nor "1st", which only some readings take.
 */
export const QUARTER_ORDINAL_SOURCE = 'first|second|third|fourth';
