import type { Mention } from '../model/mention.ts';
import { isWeekdayOf } from './isWeekdayOf.ts';
import { sentenceStartAt } from './sentenceEnds.ts';
import { WEEKDAY_PATTERN, weekdayNumber } from './weekdayNames.ts';
import { isDayValue } from './valueShape.ts';

const WEEKDAY_ALONE = new RegExp(`^(${WEEKDAY_PATTERN})$`, 'i');
// "falls on a Friday", "fell on a Sunday", "lands on a Monday": the words that say which day of
// the week a day is, with the article of no particular week.
const DAY_OF_WEEK_BEFORE = /\b(?:falls?|fell|falling|lands?|landed|landing)\s+on\s+an?\s+$/i;

/**
 * "Christmas falls on a Thursday this year": a weekday after "falls on a" says which day of the
 * week a day named before it in its sentence is, and is that day. When no day of that weekday is
 * named before it ("The holiday falls on a Friday"), it names no day of its own: no mention in the
 * news reading, and in TimeML the weekday of no particular week (XXXX-WXX-5).
 *
 * @example weekdayOfNamedDay(text, [christmas, thursday], false)
 * // [christmas, { …thursday, value: '2025-12-25' }]
 */
export function weekdayOfNamedDay(
  text: string,
  mentions: readonly Mention[],
  timeml: boolean,
): Mention[] {
  return mentions.flatMap((m, i) => {
    const name = WEEKDAY_ALONE.exec(m.text)?.[1]?.toLowerCase();
    if (!name || !DAY_OF_WEEK_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)))
      return [m];
    const weekday = weekdayNumber(name);
    const sentenceStart = sentenceStartAt(text, m.start);
    const day = mentions
      .slice(0, i)
      .findLast(
        (d) => d.start >= sentenceStart && isDayValue(d.value) && isWeekdayOf(d.value, weekday),
      );
    if (day)
      return [
        {
          ...m,
          value: day.value,
          anchor: { kind: 'mention', text: day.text, start: day.start, value: day.value },
        },
      ];
    return timeml ? [{ ...m, value: `XXXX-WXX-${weekday === 0 ? 7 : weekday}` }] : [];
  });
}
