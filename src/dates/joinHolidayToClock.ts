import type { Mention } from '../model/mention.ts';
import { MONTH_WORD_SOURCE } from './monthNames.ts';
import { isDayValue } from './valueShape.ts';
import { WEEKDAY_PATTERN } from './weekdayNames.ts';
import { CAPITALISED } from './capitalised.ts';

// Words that open a day named by its place from today or in a text, capitalised at a sentence's
// start ("Tonight at eleven", "This morning at 9"): they are no feast.
const DAY_WORD = '(?:today|tonight|tomorrow|yesterday|this|that|last|next|the|early|late)';
// A feast's name: capitalised words with no weekday, month or figure ("Christmas Day", "New
// Year's Eve", "Boxing Day"), which chrono does not join to a clock after it as it joins a weekday
// or a day and month ("Friday at 7pm", "15 December at 7pm").
const FEAST_NAME = new RegExp(
  `^(?!(?:${MONTH_WORD_SOURCE}|${WEEKDAY_PATTERN}|${DAY_WORD})\\b)[A-Z][^\\d]*$`,
  'i',
);
// Only "at" between the feast and the clock, in the gap or opening the clock's words: the gap is
// blank, or "at" alone ("on Boxing Day at Anfield, with kick-off at 3pm" keeps the two apart).
const AT_GAP = /^\s+at\s+$/i;
const BLANK_GAP = /^\s+$/;
const AT_OPENS = /^at\s/i;

/** Whether only "at" stands between the feast and the clock, in the gap or opening the clock. */
function onlyAtBetween(gap: string, clock: string): boolean {
  return AT_GAP.test(gap) || (BLANK_GAP.test(gap) && AT_OPENS.test(clock));
}

/**
 * A feast and the clock time "at" which something happens on it, one TIME of that day in both
 * readings, as "Friday at 7pm" is: "The Christmas special airs on Christmas Day at 7pm" is
 * "Christmas Day at 7pm" `2026-12-25T19:00` (the feast and "at 7pm" were two mentions); "on
 * Boxing Day at 9pm", "on New Year's Eve at 11 p.m." alike. Only a clock already read on the
 * feast's day; not a weekday, a month or a lower-case day word ("the next day at 5 a.m.", which
 * TimeML marks apart), nor with anything but "at" between.
 */
export function joinHolidayToClock(text: string, a: Mention, b: Mention): Mention | undefined {
  if (a.type !== 'DATE' || b.type !== 'TIME' || !isDayValue(a.value)) return undefined;
  if (!CAPITALISED.test(a.text) || !FEAST_NAME.test(a.text)) return undefined;
  if (!b.value.startsWith(`${a.value}T`)) return undefined;
  if (!onlyAtBetween(text.slice(a.end, b.start), b.text)) return undefined;
  return {
    text: text.slice(a.start, b.end),
    start: a.start,
    end: b.end,
    type: 'TIME',
    value: b.value,
    granularity: b.granularity,
    anchor: a.anchor,
  };
}
