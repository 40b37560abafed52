/**
 * The ordinal words that name a day of the month, spelt out as a speaker says them: "first" to
 * "thirty-first", the compounds with a space or a hyphen ("twenty second", "twenty-second"), as a
 * regular expression's source that ends at a word's end.
 */
export const DAY_ORDINAL_WORD_SOURCE = String.raw`(?:(?:twenty|thirty)[-\s]+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)\b`;

const ORDINAL_DAYS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
];

/**
 * The day of the month an ordinal in words names ("thirty first" → 31, "twenty-second" → 22,
 * "fourth" → 4), undefined for words that are none.
 */
export function dayOfOrdinalWords(words: string): number | undefined {
  const [first, second] = words.toLowerCase().split(/[-\s]+/);
  if (first === 'thirtieth' && second === undefined) return 30;
  const tens = first === 'twenty' ? 20 : first === 'thirty' ? 30 : 0;
  const ordinal = tens ? second : first;
  const index = ORDINAL_DAYS.indexOf(ordinal ?? '');
  if (index < 0 || (tens && index > 8) || (tens === 30 && index > 0)) return undefined;
  return tens + index + 1;
}
