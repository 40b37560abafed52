import type { Mention } from '../model/mention.ts';
import { MONTH_CAPITALISED_SOURCE } from './monthNames.ts';

const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
// The days of a list before its last two, day first, the month once at its end: "20, " in "on 20,
// 21 and 22 March", "9, 10, " in "on 9, 10, 11 and 12 December". Not after a figure or a comma
// ("£8, 9 and 10 March", "2019, 20 and 21 March").
const LIST_HEAD = String.raw`(?<![\d.,£$€%]\s*)\b(?:${DAY},\s+)+`;
const PAIR_AHEAD = String.raw`(?=${DAY},?\s+(?:and|or)\s+(?:the\s+)?${DAY}\s+(?:of\s+)?(?:${MONTH_CAPITALISED_SOURCE})(?![a-z]))`;

/**
 * The head of a list of three or more days written day first ("20, " in "strikes on 20, 21 and 22
 * March"), with the comma after the last but one ("20, 21, and 22 March"): maskForChrono blanks
 * them, so chrono reads the last two as the pair they end with (DAY_FIRST_PAIR) and not "20, 21"
 * as a clock at 20:00 on the 21st; daysListedBefore gives the blanked days back. Global.
 */
export const LISTED_DAYS_BEFORE_PAIR = new RegExp(
  String.raw`${LIST_HEAD}${PAIR_AHEAD}|(?<=${LIST_HEAD}${DAY}),(?=\s+(?:and|or)\s)`,
  'g',
);

// The list's head right before the first of its last two days ("20, " before "21" in "on 20, 21
// and 22 March"): what dates the list, a verb or a preposition, stands before it.
export const LISTED_DAYS_HEAD_BEFORE = new RegExp(`${LIST_HEAD}$`);
const DAY_AT_START = /^(?:on\s+)?(\d{1,2})(?:st|nd|rd|th)?$/i;
const FULL_DAY = /^(\d{4}-\d{2})-\d{2}$/;
// A listed day with its ordinal's ending, so "20th, " is read whole; its number is the day.
const LISTED_DAY = /(\d{1,2})(?:st|nd|rd|th)?/g;

/** Each day of a list's blanked head, dated as the first of the pair after it. */
function headDays(text: string, first: Mention): Mention[] {
  const month = FULL_DAY.exec(first.value)?.[1];
  if (!month || first.type !== 'DATE' || !DAY_AT_START.test(first.text)) return [];
  const head = LISTED_DAYS_HEAD_BEFORE.exec(text.slice(0, first.start));
  if (!head) return [];
  return [...head[0].matchAll(LISTED_DAY)].flatMap((m) => {
    const digits = m[1] ?? m[0];
    const day = Number(digits);
    if (day < 1 || day > 31) return [];
    const start = head.index + m.index;
    const end = start + m[0].length;
    return [
      {
        ...first,
        text: text.slice(start, end),
        start,
        end,
        value: `${month}-${digits.padStart(2, '0')}`,
      },
    ];
  });
}

/**
 * "Strikes will take place on 20, 21 and 22 March": the days before the last two, blanked for
 * chrono (LISTED_DAYS_BEFORE_PAIR), each a day of the month and year the pair after them is read
 * in, as its first day is.
 */
export function daysListedBefore(text: string, mentions: readonly Mention[]): Mention[] {
  return mentions.flatMap((m) => [...headDays(text, m), m]);
}
