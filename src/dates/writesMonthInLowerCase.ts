import { MONTH_WORD_SOURCE } from './monthNames.ts';

// A month's name or its short form, whole words only ("may", "march", "Sept.", "dec").
const MONTH_WORD = new RegExp(String.raw`\b${MONTH_WORD_SOURCE}`, 'gi');

/**
 * Whether the words chrono took for a date name their month only with a word in lower case, as a
 * modal or a verb after a year: "Sales in 1991 may rise" ("1991 may"), "The pact, which expires
 * in 1994, may be renewed" ("1994, may"), "Workers in 2020 march on the capital". A month's name
 * is written with a capital, so such words name the year alone, not a month of it.
 *
 * Leaves a month written with a capital ("1991 May", "May 1991", "Sept. 30, 1989") and a month
 * written with figures ("1991-05-03", "5/3/91"), which hold no month word at all.
 *
 * @example writesMonthInLowerCase('1991 may') // true
 * @example writesMonthInLowerCase('May 1991') // false
 */
export function writesMonthInLowerCase(words: string): boolean {
  const months = words.match(MONTH_WORD) ?? [];
  return months.length > 0 && months.every((month) => month === month.toLowerCase());
}
