import type { Mention } from '../model/mention.ts';
import { MONTH_CAPITALISED_SOURCE } from './monthNames.ts';

const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
// A day written month first, the whole of a mention's words: "Dec. 20", "on March 3".
const MONTH_FIRST_DAY = new RegExp(
  String.raw`^(?:on\s+)?(?:${MONTH_CAPITALISED_SOURCE})\s+\d{1,2}(?:st|nd|rd|th)?$`,
);
// Where the list plainly ends: a stop or a comma, a preposition or a joiner, or a year named by
// "this", "last" or "next" ("on July 14 and 15 this year"). Not a noun the last number counts
// ("on May 2, 3 and 4 others"), nor a year in figures, which the first day would not carry.
const LIST_END = String.raw`(?=\s*(?:[.,;:)!?'"’”]|$)|\s+(?:in|at|on|to|when|while|as|after|before|but|with|for|and|respectively)\b|\s+(?:this|last|next)\s+year\b)(?!,\s+\d{4}\b)`;
// The days after the first: ", 21 and 22", ", 4, 5, and 6", " and 15".
const TAIL = new RegExp(
  String.raw`^(?:,\s+${DAY.replace('(', '(?:')})*,?\s+(?:and|or)\s+${DAY.replace('(', '(?:')}${LIST_END}`,
);
const LISTED = new RegExp(DAY, 'g');
const FULL_DAY = /^(\d{4}-\d{2})-(\d{2})$/;

/** The days after a month-first day's first, each in its month and year, in order, or none. */
function tailDays(text: string, first: Mention, taken: readonly Mention[]): Mention[] {
  const dated = FULL_DAY.exec(first.value);
  if (!dated || first.type !== 'DATE' || !MONTH_FIRST_DAY.test(first.text)) return [];
  const tail = TAIL.exec(text.slice(first.end));
  if (!tail) return [];
  const end = first.end + tail[0].length;
  if (taken.some((m) => m !== first && m.start < end && m.end > first.end)) return [];
  const days = [...tail[0].matchAll(LISTED)];
  let previous = Number(dated[2]);
  for (const d of days) {
    const day = Number(d[1]);
    if (day <= previous || day > 31) return [];
    previous = day;
  }
  return days.map((d) => {
    const start = first.end + d.index;
    return {
      ...first,
      text: d[0],
      start,
      end: start + d[0].length,
      value: `${dated[1]}-${d[1]!.padStart(2, '0')}`,
    };
  });
}

/**
 * "Controllers will walk out on Dec. 20, 21 and 22", "The fair ran on July 14 and 15 this year":
 * the days of a list written month first, after the first, which chrono reads alone, each a day
 * of the first day's month and year, which its tense or its year word has already chosen. Only
 * days that rise ("Jan. 5, 3 and 4" is no list) and a list that plainly ends.
 */
export function daysListedAfter(text: string, mentions: readonly Mention[]): Mention[] {
  return mentions
    .flatMap((m) => [m, ...tailDays(text, m, mentions)])
    .sort((a, b) => a.start - b.start);
}
