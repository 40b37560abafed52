import { ORDINAL_AFTER_FIRST_SOURCE } from './ordinalsAfterFirst.ts';
import { publishedSetReading } from './publishedSetReading.ts';
import type { Pass, Reading } from './Reading.ts';
import { WEEKDAY_PATTERN, weekdayNumber } from './weekdayNames.ts';

// An ordinal that counts a weekday in its month: "first" to "fifth", "last", "final".
const ORDINAL = `(?:first|${ORDINAL_AFTER_FIRST_SOURCE}|last|final)`;
// "the first Tuesday of each month", "the last Saturday of every month", "the first and third
// Thursday of each month", "the second and fourth Wednesdays of every month". Not a share of what
// each month owns ("the first Tuesday of each month's sitting").
const MONTHLY_WEEKDAY = new RegExp(
  `\\b[Tt]he\\s+${ORDINAL}(?:\\s*(?:,|and|&)\\s*${ORDINAL})*\\s+(?<weekday>${WEEKDAY_PATTERN})s?` +
    `\\s+(?:of|in)\\s+(?:every|each)\\s+month\\b(?!['’]s\\b)`,
  'gi',
);

/**
 * A weekday counted by its ordinal in every month, told as coming round every month: "The planning
 * committee meets on the first Tuesday of each month", said on Tuesday 15 September 2026, is one
 * SET of the weekday, `XXXX-WXX-2`, in both readings, as "Every second Tuesday in May" is (TIMEX3
 * has no value for the ordinal), where a dated Tuesday (that day) and "each month" (`P1M`) were
 * read, and "The market is held on the last Saturday of each month" read "last Saturday" as the one
 * gone by (2026-09-12). "the first and third Thursday of each month", "the last Wednesday of every
 * month" alike.
 *
 * Not "the last Wednesday of the month" (one month's day, which the tense dates), nor a share of
 * what each month owns ("the first Tuesday of each month's sitting").
 */
export const readMonthlyWeekdays: Pass = (text, { published }) =>
  [...text.matchAll(MONTHLY_WEEKDAY)].map((m): Reading => {
    const day = weekdayNumber(m.groups!.weekday!) || 7;
    // Above the weekday and the rate word ("each month") read alone inside the words.
    return publishedSetReading(m.index, m.index + m[0].length, `XXXX-WXX-${day}`, published, 4);
  });
