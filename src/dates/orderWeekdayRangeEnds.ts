import type { Mention } from '../model/mention.ts';
import { isStretchJoined } from './isStretchJoined.ts';
import { shiftTimex } from './shiftTimex.ts';
import { isDayValue } from './valueShape.ts';
import { WEEKDAY_PATTERN } from './weekdayNames.ts';

// A weekday named alone, as either reading words it ("from Monday", "Monday").
const BARE_WEEKDAY = new RegExp(`^(?:(?:on|from)\\s+)?${WEEKDAY_PATTERN}$`, 'i');

/** Whether `m` and `next` are a stretch's two weekdays ("from Monday to Thursday"). */
function stretchOfWeekdays(text: string, m: Mention, next: Mention): boolean {
  if (!BARE_WEEKDAY.test(m.text) || !BARE_WEEKDAY.test(next.text)) return false;
  if (!isDayValue(m.value) || !isDayValue(next.value)) return false;
  return isStretchJoined(text, m, next.start);
}

/**
 * "Overnight closures will run from Monday to Thursday", said on a Tuesday: a stretch's second
 * weekday is the first of its name after the first end, so a Thursday read alone as the one two
 * days ahead, before the coming Monday, is moved a week on (`2026-12-10`, was `2026-12-03`). The
 * news reading's joined range already ended there; TimeML mode reads the ends apart. Only two
 * weekdays alone, joined by "to", "until", "through" or a dash, or "and" after "between"; an end
 * after the first is left as read ("from Friday to Monday", told in the past).
 */
export function orderWeekdayRangeEnds(text: string, mentions: readonly Mention[]): Mention[] {
  return mentions.map((m, i) => {
    const first = mentions[i - 1];
    if (!first || !stretchOfWeekdays(text, first, m) || m.value > first.value) return m;
    return { ...m, value: shiftTimex(m.value, { amount: 7, unit: 'day' }) };
  });
}
