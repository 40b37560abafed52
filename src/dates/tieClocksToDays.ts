import type { Mention } from '../model/mention.ts';
import type { Reading } from './Reading.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
// "10:35 a.m. (0735 GMT) Friday", "10:35 a.m. (3:35 a.m. EDT) on Friday": only the clock in
// another zone, in parentheses, stands between a clock time and its day.
const PARENTHESIS_BETWEEN = /^\s*\([^()]*\)\s*(?:on\s+)?$/i;
const PARENTHESIS_OPENS = /^\s*\(\s*$/;
// A clock time with its day: "2000-04-06T04:00".
const ZONED_DAY = /^\d{4}-\d{2}-\d{2}T/;

/**
 * Bare clock times (`Reading.clock`) re-read on the day named right after them behind a
 * parenthesis ("occurred at 10:35 a.m. (0735 GMT) Friday" is Friday's) or in it ("at 4 in the
 * morning (4 a.m. EDT Thursday)" is Thursday's), which `clockOnLastDay`
 * could not see when it read them on the day before. The two stay apart, as TimeML marks them.
 *
 * @example tieClocksToDays(text, readings, [clock, friday], '1998-08-08') // [{ …clock, value: '1998-08-07T10:35' }, friday]
 */
export function tieClocksToDays(
  text: string,
  readings: readonly Reading[],
  mentions: readonly Mention[],
  published: string,
): Mention[] {
  return mentions.map((m, i) => {
    // The first day named after the clock; a wire time in the parenthesis is passed over.
    // Only the next two mentions: the day, or a wire time and then the day.
    if (!readings[i]?.clock) return m;
    const next = mentions.slice(i + 1, i + 3).find((n) => DAY.test(n.value));
    const beside = next && PARENTHESIS_BETWEEN.test(text.slice(m.end, next.start));
    // "at 4 in the morning (4 a.m. EDT Thursday)": the parenthesis gives the clock in another
    // zone with its day, which is the clock's day too.
    const zoned = mentions[i + 1];
    const inside =
      !beside &&
      zoned !== undefined &&
      ZONED_DAY.test(zoned.value) &&
      PARENTHESIS_OPENS.test(text.slice(m.end, zoned.start));
    const named = beside ? next : inside ? zoned : undefined;
    if (!named) return m;
    const value = named.value.slice(0, 10);
    const day = {
      value,
      source: {
        kind: 'mention',
        text: named.text,
        start: named.start,
        value: named.value,
      } as const,
    };
    const resolved = readings[i]!.resolve({ published, deictic: day, anaphoric: day, day });
    return { ...m, ...resolved };
  });
}
