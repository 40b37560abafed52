/**
 * The ordinal words that name a day of the month, spelt out as a speaker says them: "first" to
 * "thirty-first", the compounds with a space or a hyphen ("twenty second", "twenty-second"), as a
 * regular expression's source that ends at a word's end.
 */
export const DAY_ORDINAL_WORD_SOURCE = String.raw`(?:(?:twenty|thirty)[-\s]+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)\b`;
