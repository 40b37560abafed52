import { MONTH_WORD_LOOSE_SOURCE } from './monthNames.ts';
import { NUMBER_SOURCE, readNumber } from './readNumber.ts';
import { shiftTimex } from './shiftTimex.ts';
import { WEEKDAY_PATTERN } from './weekdayNames.ts';

// The words that make a count a span ("the three weeks before", "the final three days").
const SPAN_WORD_SOURCE =
  '(?:the|past|last|first|next|final|remaining|coming|closing|previous|preceding|following|those|these)';
// A month and its year ("March 2019", "Sept. 2021").
const MONTH_YEAR_SOURCE = () => `(?:${MONTH_WORD_LOOSE_SOURCE})\\.?\\s+\\d{4}\\b`;
// What a count and its direction are told before: a day and month, a month and its year, or a
// weekday.
const COUNTED_DATE_SOURCE = () =>
  `${MONTH_YEAR_SOURCE()}|(?:${MONTH_WORD_LOOSE_SOURCE})\\.?\\s+\\d{1,2}\\b|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH_WORD_LOOSE_SOURCE})\\b|${WEEKDAY_NAMED_SOURCE}`;

// A weekday, perhaps with the word that says which ("last Sunday", "this coming Monday"), or a
// weekend with one ("last weekend"); not a bare "weekend" nor "the weekend", a time of no set week.
const WEEKDAY_NAMED_SOURCE = `(?:(?:last|next|this(?:\\s+(?:past|coming))?|coming|past)\\s+)?${WEEKDAY_PATTERN}\\b|(?:last|next|this)\\s+weekend\\b`;

// "three days before March 15", "a week after Jan. 31": chrono reads the count and the date as one
// day and leaves no date for the count to be read from; the count is blanked so the date is read,
// and readRelatives' count from it joins it (joinCountToDay). Not a span told with "the" ("in the
// three weeks before March 15", "the final three days", "the remaining 10 days"); "for 10 days
// after March 15" is a length and its day. So too before a weekday ("two weeks before Sunday",
// "three days after last Monday") or a weekend named with "last", "next" or "this": chrono reads
// the count and the weekday as one day, which the count read by readRelatives overlaps and drops,
// and the weekday was lost with it. So too before a month and its year, by years as well ("a
// month after March 2019", "two years before June 2020"): chrono read the count and the month as
// one month of the year of publication, and only the year was left.
export const COUNT_BEFORE_DATE = new RegExp(
  `(?<!\\b${SPAN_WORD_SOURCE}\\s+)\\b(?:${NUMBER_SOURCE})\\s+` +
    `(?:(?:days?|weeks?|months?)\\s+(?:before|after)\\s+(?=${COUNTED_DATE_SOURCE()})` +
    `|years?\\s+(?:before|after)\\s+(?=${MONTH_YEAR_SOURCE()}))`,
  'gi',
);

// "in the final three days before March 15", "over the past two weeks before Sunday": the span's
// "before" or "after", which chrono reads with the count and the date as one day that the span's
// count overlaps and drops, losing the date. Blanked, chrono reads the date alone; the span is
// no day counted to, and joinCountToDay leaves it apart (SPAN_BEFORE_COUNT). A span of years only
// before a month and its year ("in the two years before June 2020"), as COUNT_BEFORE_DATE.
export const SPAN_DIRECTION_BEFORE_DATE = new RegExp(
  `(?<=\\b${SPAN_WORD_SOURCE}\\s+(?:${NUMBER_SOURCE})\\s+(?:days?|weeks?|months?)\\s+)(?:before|after)\\s+(?=${COUNTED_DATE_SOURCE()})` +
    `|(?<=\\b${SPAN_WORD_SOURCE}\\s+(?:${NUMBER_SOURCE})\\s+years?\\s+)(?:before|after)\\s+(?=${MONTH_YEAR_SOURCE()})`,
  'gi',
);

/** The words right before a count that make it a span ("the final", "the past"). */
export const SPAN_BEFORE_COUNT = new RegExp(`\\b${SPAN_WORD_SOURCE}\\s+$`, 'i');

/**
 * `day`, read for the date at `start` that a count and "before" or "after" open (COUNT_BEFORE_DATE,
 * "signed three days before March 15"), a year earlier when the day the count lands on lies after
 * publication: the clause is past, and so is its deed. Else `day` as it is.
 *
 * @example dayOfPastCount('signed three days before March 15', 25, '2026-03-15', '2026-03-10')
 * // '2025-03-15'
 */
export function dayOfPastCount(
  text: string,
  start: number,
  day: string,
  published: string,
): string {
  const count = [
    ...text.slice(Math.max(0, start - 60), start + 20).matchAll(COUNT_BEFORE_DATE),
  ].find((m) => Math.max(0, start - 60) + m.index + m[0].length === start);
  const words = count && COUNT_WORDS.exec(count[0]);
  const amount = words ? readNumber(words[1]!) : undefined;
  if (!words || amount === undefined) return day;
  const unit = words[2]!.toLowerCase() as 'day' | 'week' | 'month';
  const sign = /^before$/i.test(words[3]!) ? -1 : 1;
  const landed = shiftTimex(day, { amount: sign * amount, unit });
  return landed > published.slice(0, 10) ? shiftTimex(day, { amount: -1, unit: 'year' }) : day;
}
const COUNT_WORDS = new RegExp(
  `(${NUMBER_SOURCE})\\s+(day|week|month)s?\\s+(before|after)\\s*$`,
  'i',
);
