import { CHANGE_NOUN } from './changeNoun.ts';
import { ORDINAL_AFTER_FIRST_SOURCE } from './ordinalsAfterFirst.ts';

// A count of a series before the rate word: an ordinal ("the fourth", "a 10th", "its first"),
// with or without "consecutive", "straight" or "successive", or one of those alone ("a straight
// weekly gain", "consecutive monthly declines").
const SERIES_COUNT = new RegExp(
  String.raw`\b(?:(?:first|${ORDINAL_AFTER_FIRST_SOURCE}|\d+(?:st|nd|rd|th))(?:\s+(?:consecutive|straight|successive))?|consecutive|straight|successive)\s+$`,
  'i',
);
// The change the series counts ("decline", "gain", "drops"): a figure's move from one period to
// the next, which the rate word only tells the step of.
const CHANGE_AFTER = new RegExp(`^\\s+(?:${CHANGE_NOUN})\\b`, 'i');

/**
 * Whether the rate word at [start, end) counts a series rather than telling a recurrence: "the
 * fourth consecutive monthly decline", "a third straight weekly gain", "its first monthly
 * increase since March" say how many changes in a row, month on month, and name no set of months
 * to mark. Not "monthly payments", "a monthly meeting", "the fourth monthly meeting" (no change
 * counted), nor "a sharp monthly decline" (no count), which stay as read.
 */
export function isCountedSeriesRate(text: string, start: number, end: number): boolean {
  return (
    SERIES_COUNT.test(text.slice(Math.max(0, start - 40), start)) &&
    CHANGE_AFTER.test(text.slice(end, end + 20))
  );
}
