/**
 * What opens a clause inside a sentence: a stop, a comma, a bracket or a dash, a conjunction, or a
 * relative word ("and", "but", "or", "while", "when", "that", "which", "who"). The last match
 * before a word is where that word's clause starts. Global, for `matchAll`.
 */
export const CLAUSE_OPENS = /[.;:!?,(—–]|\b(?:and|but|or|while|when|that|which|who)\b/gi;
