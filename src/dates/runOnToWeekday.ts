import type { Mention } from '../model/mention.ts';
import { shiftTimex } from './shiftTimex.ts';
import { isDayValue } from './valueShape.ts';
import { WEEKDAY_ALONE } from './weekdayNames.ts';

// The verbs of going on to an end, present or future, and past.
const GOES_ON = String.raw`runs?|continues?|lasts?|goes\s+on|go\s+on|stretches|stretch|ends?|closes?|finishes|finish|concludes?`;
const WENT_ON = String.raw`ran|continued|lasted|went\s+on|stretched|ended|closed|finished|concluded`;

// "… on Monday and runs through Thursday", "… on Sunday and will run until Wednesday", "… on
// Friday and ended on Monday": "and", perhaps a modal, a verb of going on and the word before its
// last day; nothing else between the two weekdays.
const RUNS_ON_TO = new RegExp(
  String.raw`^,?\s+and\s+(?:(?:will|would|is\s+(?:due|set|expected)\s+to)\s+)?(?:(${GOES_ON})|(${WENT_ON}))\s+(?:on\s+)?(?:(?:through|thru|until|till|to|into)\s+)?(?:on\s+)?$`,
  'i',
);

/**
 * A weekday a thing begun on another weekday runs on to, in the same sentence: "The Democratic
 * National Convention opens in Chicago on Monday and runs through Thursday", said on Wednesday 19
 * August 2026, is the Thursday after that Monday, `2026-08-27` (was the next day, `2026-08-20`,
 * before the convention opens); "The conference opens on Sunday and runs until Wednesday" alike.
 * When the end is read on or before the start, a present or a future of going on moves the end a
 * week on; a past ("The convention opened on Monday and ran through Thursday", said on a
 * Wednesday) moves the start a week back, the run over. Only "and", perhaps "will", "would",
 * "is due to", "is set to" or "is expected to", a verb of going on (runs, continues, lasts, goes
 * on, stretches, ends, closes, finishes, concludes) and "through", "until", "till", "to", "into"
 * or "on" between two weekdays named alone; an end read after its start is left.
 *
 * @example runOnToWeekday(text, [monday0824, thursday0820])
 * // [monday0824, { …, value: '2026-08-27' }]
 */
export function runOnToWeekday(text: string, mentions: readonly Mention[]): Mention[] {
  const moved = [...mentions];
  for (let i = 1; i < moved.length; i += 1) {
    const first = moved[i - 1]!;
    const end = moved[i]!;
    if (!WEEKDAY_ALONE.test(first.text) || !WEEKDAY_ALONE.test(end.text)) continue;
    if (!isDayValue(first.value) || !isDayValue(end.value) || end.value > first.value) continue;
    const between = text.slice(first.end, end.start) + end.text.replace(/\w+$/, '');
    const run = RUNS_ON_TO.exec(between);
    if (!run) continue;
    if (run[2]) {
      moved[i - 1] = { ...first, value: shiftTimex(first.value, { amount: -7, unit: 'day' }) };
    } else {
      moved[i] = { ...end, value: shiftTimex(end.value, { amount: 7, unit: 'day' }) };
    }
  }
  return moved;
}
