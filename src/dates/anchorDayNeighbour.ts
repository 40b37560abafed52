import type { Mention } from '../model/mention.ts';
import { shiftTimex } from './shiftTimex.ts';
import { isDayValue } from './valueShape.ts';

const NEIGHBOUR = /^the\s+day\s+(before|after)$/i;
// Between the words and their day: "the" before an event on it ("the day after the March 3
// vote"), or nothing ("the day after Christmas").
const BETWEEN = /^\s+(?:the\s+)?$/i;

/**
 * "the day after the Friday deadline passed", "the day before the March 3 vote", "the day after
 * Christmas": "the day before/after" (`m`) read from the day named right after it (`next`), which
 * the words name, not from the date mentioned before them; undefined when `m` is no such words or
 * `next` names no day right after them. (`joinDayNeighbour` makes "the day after Christmas" one
 * expression.)
 *
 * @example anchorDayNeighbour(text, theDayAfter, friday)
 * // { text: 'the day after', value: friday + 1, anchor: friday, … }
 */
export function anchorDayNeighbour(text: string, m: Mention, next: Mention): Mention | undefined {
  const side = NEIGHBOUR.exec(m.text)?.[1]?.toLowerCase();
  if (!side || !isDayValue(next.value) || !BETWEEN.test(text.slice(m.end, next.start))) {
    return undefined;
  }
  const amount = side === 'after' ? 1 : -1;
  return {
    ...m,
    value: shiftTimex(next.value, { amount, unit: 'day' }),
    anchor: { kind: 'mention', text: next.text, start: next.start, value: next.value },
    offset: { amount, unit: 'day' },
  };
}
