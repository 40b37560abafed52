import { MONTH_WORD_SOURCE } from './monthNames.ts';

// "Net migration fell in the year to June 2025", "homes in the year to March 2027": figures for
// the year that ends with a month of a written year. chrono reads "in the year to June 2025" as one
// stretch from "in the year" (a year on) and gave the month a year after publication as its value
// (`2027` said in October 2026). With "year to" blanked chrono reads the month and its year alone;
// TimeML mode still reads "the year" as its length, from the text as written.
/** The words "year to" of "the year to" before a month and its year, blanked before chrono reads. */
export const YEAR_TO_MONTH_YEAR = new RegExp(
  `(?<=\\bthe\\s+)year\\s+to(?=\\s+${MONTH_WORD_SOURCE}\\.?\\s+(?:19|20)\\d\\d\\b)`,
  'gi',
);
