import type { Mention } from '../model/mention.ts';
import { isDayValue } from './valueShape.ts';
import { PART_OF_DAY_SOURCE } from './partOfDay.ts';

// "earlier in the day", "later in the evening", "later that day": a time within a day, told by
// the words and no day of their own.
const WITHIN_DAY = new RegExp(
  String.raw`^(?:earlier|later)\s+(?:(?:in|on)\s+the|that)\s+(?:day|${PART_OF_DAY_SOURCE})$`,
  'i',
);
// Between the words and their day: nothing, or the "on" that TimeML leaves out of the day.
const BETWEEN = /^\s+(?:on\s+)?$/i;

/**
 * "Earlier in the day on Tuesday", "later in the evening on Friday": the time within a day (`m`)
 * read on the day named right after it (`next`), not on the day mentioned before it or the
 * publication day; undefined when `m` is no such words or `next` names no day right after them.
 *
 * @example anchorWithinDay(text, earlierInTheDay, tuesday)
 * // { text: 'Earlier in the day', value: tuesday, anchor: tuesday, … }
 */
export function anchorWithinDay(text: string, m: Mention, next: Mention): Mention | undefined {
  if (
    !WITHIN_DAY.test(m.text) ||
    !isDayValue(next.value) ||
    !BETWEEN.test(text.slice(m.end, next.start))
  ) {
    return undefined;
  }
  const within: Mention = {
    ...m,
    // The part of the day, if the words give one ("…TEV"), stays; the day is the one named.
    value: next.value + m.value.slice(10),
    anchor: { kind: 'mention', text: next.text, start: next.start, value: next.value },
  };
  delete within.offset;
  return within;
}
