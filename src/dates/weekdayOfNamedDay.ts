import type { Mention } from '../model/mention.ts';
import { isWeekdayOf } from './isWeekdayOf.ts';
import { sentenceStartAt } from './sentenceEnds.ts';
import { weekdayNumber, WEEKDAY_ALONE } from './weekdayNames.ts';
import { isDayValue } from './valueShape.ts';

// "falls on a Friday", "fell on a Sunday", "lands on a Monday": the words that say which day of
// the week a day is, with the article of no particular week.
const DAY_OF_WEEK_BEFORE = /\b(?:falls?|fell|falling|lands?|landed|landing)\s+on\s+(an?\s+)?$/i;

/**
 * "Christmas falls on a Thursday this year": a weekday after "falls on a" says which day of the
 * week a day named before it in its sentence is, and is that day. When no day of that weekday is
 * named before it ("The holiday falls on a Friday"), it names no day of its own: no mention in the
 * news reading, and in TimeML the weekday of no particular week (XXXX-WXX-5). With no article
 * ("Purim falls on Tuesday this year", said on Monday 2 March 2026) the weekday is the day named
 * before it when one falls on it (the feast's 3 March, where the Tuesday gone by was read), and
 * else a day of its own, as "The vote falls on Tuesday" is.
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
    const at = m.end - (name?.length ?? 0);
    const before = DAY_OF_WEEK_BEFORE.exec(text.slice(Math.max(0, at - 30), at));
    // With no article only the calendar's present: "Sales fell on Tuesday" tells a fall on a day.
    if (!name || !before || (!before[1] && !/^fall/i.test(before[0]))) return [m];
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
    // "The vote falls on Tuesday": with no article the weekday may be a day of its own.
    if (!before[1]) return [m];
    return timeml ? [{ ...m, value: `XXXX-WXX-${weekday === 0 ? 7 : weekday}` }] : [];
  });
}
