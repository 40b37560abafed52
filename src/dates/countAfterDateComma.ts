import { CLOCK_ZONE } from './clockZone.ts';
import { MONTH_WORD_SOURCE } from './monthNames.ts';
import { WEEKDAY_PATTERN } from './weekdayNames.ts';

// A month's name, whole or short with or without its stop ("January", "Jan.", "Sept."), never the
// start of a longer word ("Marching", "decided").
const MONTH = String.raw`${MONTH_WORD_SOURCE}\.?`;
// What a date's comma may follow: a day and its month, in either order ("Jan. 15", "15 January",
// "March 3rd"), a month alone ("In January,") or a weekday ("On Monday,").
const DATE_BEFORE_COMMA = String.raw`(?:${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}|${MONTH}|${WEEKDAY_PATTERN})`;
// What a count goes on with: a group of thousands ("12,000") or a word it counts ("20 people",
// "45 Palestinians", "15 of the 20 camps"); not a clock's a.m. or p.m., an era ("March 15, 44
// BC"), nor a month that makes the number its day ("Monday, 10 March"), nor a clock's "o'clock" or
// the clock that ends a range it opens ("Friday, 10 to 11 p.m.", "Monday, 9 until 11 GMT").
const CLOCK_RANGE_END = String.raw`\s+(?:to|till|until|and)\s+\d{1,2}(?:[:.]\d\d)?\s*(?:[AaPp]\.?[Mm]\b|${CLOCK_ZONE})`;
const COUNTED_AFTER = String.raw`(?!${CLOCK_RANGE_END}|\s+o['’]clock\b)(?=,\d{3}\b|\s+(?![AaPp]\.?[Mm]\b|B\.?C|A\.?D\b|CE\b|BCE\b|${MONTH})[A-Za-z])`;

/**
 * A count that opens a clause after a date and its comma: "On Jan. 15, 12,000 people fled", "On 3
 * March, 20 people were killed", "Since Oct. 7, 45,000 Palestinians have been killed", "In
 * January, 12,000 people fled", "On Monday, 12,000 people marched". chrono takes its first one to
 * three digits for a clipped year ("Jan. 15, 12" as 2012), a day ("January, 12") or a clock
 * ("Monday, 12" as noon); blanked before chrono reads the text, so the date is read alone. A year
 * after the comma ("Jan. 15, 2024", "Jan. 15, '98"), a clock ("Jan. 15, 10 a.m.", "Friday, 10 to 11
 * p.m.") and a day with its month ("Monday, 10 March") are left.
 *
 * @example 'On Jan. 15, 12,000 people fled'.replace(COUNT_AFTER_DATE_COMMA, '  ') // 'On Jan. 15,   ,000 people fled'
 */
export const COUNT_AFTER_DATE_COMMA = new RegExp(
  String.raw`(?<=\b${DATE_BEFORE_COMMA},\s+)\d{1,3}(?!\d)${COUNTED_AFTER}`,
  'gi',
);
