import { WEEKDAY_PATTERN } from './weekdayNames.ts';

// "cases in the week to Sunday", "deaths registered in the week to Saturday", "the week to last
// Friday": weekly figures dated by the weekday that ends their week. chrono reads "in the week to
// Saturday" as a stretch from "in the week" (a week on) to the Saturday, and puts its earlier end
// first, so the weekday took the date a week ahead. With "week to" blanked chrono reads the
// weekday alone; joinRanges joins it again to "the week to" in the text, as "the week ending
// Sunday" is joined.
/** The words "week to" of "the week to" before a weekday, blanked before chrono reads the text. */
export const WEEK_TO_WEEKDAY = new RegExp(
  `(?<=\\bthe\\s+)week\\s+to(?=\\s+(?:last\\s+)?${WEEKDAY_PATTERN}\\b)`,
  'gi',
);
