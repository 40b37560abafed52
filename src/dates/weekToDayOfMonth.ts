import { MONTH_WORD_SOURCE } from './monthNames.ts';

// "In the week to 29 November, 3.1% of people tested positive", "footfall in the week to November
// 28": weekly figures dated by the day and month that end their week. chrono reads "in the week to
// 29 November" as a stretch from "in the week" (a week on) to the day, which the news rules turn
// back into the week; but a figure after the comma, blanked so that it is no year, broke that
// stretch and left "November" alone, and under en-GB "November 28" was read as November 2028. With
// "the week to" blanked chrono reads the day and month alone, and joinRanges joins it again to "the
// week to" in the text, as "the week to Jan. 24" is joined. "the" goes too: chrono reads "the 29
// November," before blanks as the month alone. Not a day with its year ("the week to 29 November
// 2025", which chrono reads whole), nor a possessive ("devoted the week to 29 November's
// hearing", a week given to something).
/** The words "the week to" before a day and its month, blanked before chrono reads the text. */
export const WEEK_TO_DAY_OF_MONTH = new RegExp(
  String.raw`\bthe\s+week\s+to(?=\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_WORD_SOURCE}|${MONTH_WORD_SOURCE}\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?![,.]?\d))(?!\s*,?\s*\d{4}|['’]s\b))`,
  'gi',
);
