import { MONTH_WORD_SOURCE } from './monthNames.ts';

// A day and its month in either order ("29 November", "Nov. 29", "March 3rd").
const DAY_AND_MONTH = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_WORD_SOURCE}\.?|${MONTH_WORD_SOURCE}\.?\s+\d{1,2}(?:st|nd|rd|th)?)`;

/**
 * The comma after a day and its month where a figure after it has been blanked, so that two spaces
 * or more follow it where copy writes one ("In the week to 29 November, 3.1% of people …" masked to
 * "29 November,    % of …"): chrono reads the month, the comma and the blanks after it as one month
 * with a year still to come, longer than the day and month, and keeps it, so "29" was lost and
 * "November" read alone. Written as a semicolon before chrono reads the text, the comma ends the
 * date, as a figure left in place would.
 *
 * @example
 * 'In 29 November,    % of people'.replace(DATE_COMMA_BEFORE_BLANK, ';') // 'In 29 November;    % of people'
 */
export const DATE_COMMA_BEFORE_BLANK = new RegExp(
  String.raw`(?<=\b${DAY_AND_MONTH}),(?=\s{2,})`,
  'gi',
);
