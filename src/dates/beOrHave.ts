/**
 * The forms of "be" and "have", "is|are|was|were|be|been|being|has|have|had" (a regular
 * expression's alternatives): an auxiliary, or a passive's or a perfect's verb, where a word
 * taken for a subject's or a main verb must not be one. Each reading adds its own words ("will",
 * a modal).
 */
export const BE_OR_HAVE = 'is|are|was|were|be|been|being|has|have|had';
