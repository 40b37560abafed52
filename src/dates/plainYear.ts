/**
 * "the year" and nothing else: the words of a year a rule reads from what stands around them ("For
 * the year, net income fell", resultsYearGoneBy; "the final session of the year",
 * isFinalSessionYearGoneBy; marketYearGoneBy). "the full year" and "the fiscal year" are not it.
 */
export const PLAIN_YEAR = /^the\s+year$/i;
