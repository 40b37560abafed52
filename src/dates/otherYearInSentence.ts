// "last year", "the previous year", "a year ago", "years earlier": words that set what is told in
// a year other than the running one. Regular expressions' sources.
export const YEAR_BEFORE_SOURCE = String.raw`(?:last|previous|a|one|that)\s+year\b`;
export const YEARS_BACK_SOURCE = String.raw`years?\s+(?:ago|earlier|before)\b`;

// "Last year, as Christmas approached", "A year ago, as the Thanksgiving holiday approached", "In
// 1988, …": a sentence set in another year, which the year's own reading then gives.
export const OTHER_YEAR_IN_SENTENCE = new RegExp(
  String.raw`\b(?:${YEAR_BEFORE_SOURCE}|${YEARS_BACK_SOURCE}|(?:19|20)\d{2}\b)`,
  'i',
);
