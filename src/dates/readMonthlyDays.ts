import { ORDINALS_AFTER_FIRST, ORDINAL_AFTER_FIRST_SOURCE } from './ordinalsAfterFirst.ts';
import { pad } from './parseChrono.ts';
import { publishedSetReading } from './publishedSetReading.ts';
import type { Pass, Reading } from './Reading.ts';
import { WEEKDAY_PATTERN } from './weekdayNames.ts';

// A day of the month by its ordinal, in figures with their suffix ("15th", "1st") or in words
// ("first" to "tenth"); a bare figure ("the 15 of each month") is left, as it is no newsroom form.
const DAY = `(?:(?<figure>[12]?\\d|3[01])(?:st|nd|rd|th)|(?<word>first|${ORDINAL_AFTER_FIRST_SOURCE}))`;
const EVERY_MONTH = '(?:every|each)\\s+month';
// An ordinal that counts weekdays or weeks, no day of the month: "on the second Tuesday".
const NOT_OF_WEEK = `(?!\\s+(?:${WEEKDAY_PATTERN}|week(?:end)?|working|business)s?\\b)`;
// "the 15th of each month", "the first day of every month"; "every month on the 15th".
const MONTHLY = [
  // Not a share of what each month owns: "the second of each month's two meetings".
  new RegExp(`\\b[Tt]he\\s+${DAY}(?:\\s+day)?\\s+of\\s+${EVERY_MONTH}\\b(?!['’]s\\b)`, 'g'),
  new RegExp(
    `\\b(?:[Ee]very|[Ee]ach)\\s+month\\s+on\\s+the\\s+${DAY}(?:\\s+day)?\\b${NOT_OF_WEEK}`,
    'gi',
  ),
];

/** The day's number, from its figure or its word. */
function dayNumber(groups: Record<string, string | undefined>): number {
  const word = groups.word?.toLowerCase();
  if (word === undefined) return parseInt(groups.figure!, 10);
  return word === 'first' ? 1 : ORDINALS_AFTER_FIRST[word]!;
}

/**
 * A day of the month told as coming round every month: "Pensions are paid on the 15th of each
 * month" is one SET `XXXX-XX-15` in both readings, as the TimeML guidelines write it, where only
 * "each month" was read (`P1M`); "the first of every month" `XXXX-XX-01`, "every month on the
 * 10th" alike. Not "the 15th of the month" (one month's day or every one's, which the words do
 * not tell), nor "the last day of each month" (TIMEX3 has no value for it).
 */
export const readMonthlyDays: Pass = (text, { published }) =>
  MONTHLY.flatMap((pattern) =>
    [...text.matchAll(pattern)].map((m): Reading => {
      const value = `XXXX-XX-${pad(dayNumber(m.groups ?? {}))}`;
      // Above the rate word ("each month") read alone inside the words.
      return publishedSetReading(m.index, m.index + m[0].length, value, published, 4);
    }),
  );
