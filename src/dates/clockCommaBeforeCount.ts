import { CLOCK_WORDS } from './clockWords.ts';
import { NUMBER_SOURCE } from './readNumber.ts';

/**
 * The comma between a clock time and a count of days, weeks, months or years counted from
 * something else: "Sir Keir Starmer arrived in Downing Street shortly after 1pm, 14 years after
 * Labour left office", said on 5 July 2024, is "1pm" `2024-07-05T13:00` and "14 years" `P14Y`;
 * "He left at 3pm, two days before the vote". chrono read the clock and the count as one time,
 * the count moved so far from the clock (2038 at 13:00), which the count read alone overlapped and
 * dropped, and the clock was lost. The comma is written as ";" for chrono, which then reads the
 * clock alone. Only a count of days, weeks, months, years or decades with "after", "before",
 * "later" or "earlier" after it; chrono already reads a count of hours apart ("at 3am, 14 hours
 * after polls closed").
 * Global, for masking every one in a text.
 *
 * @example 'at 1pm, 14 years after'.replace(CLOCK_COMMA_BEFORE_COUNT, ';') // 'at 1pm; 14 years after'
 */
export const CLOCK_COMMA_BEFORE_COUNT = new RegExp(
  String.raw`(?<=\b${CLOCK_WORDS}),(?=\s+(?:${NUMBER_SOURCE})\s+(?:days?|weeks?|months?|years?|decades?)\s+(?:after|before|later|earlier)\b)`,
  'gi',
);
