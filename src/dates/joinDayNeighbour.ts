import type { Mention } from '../model/mention.ts';
import { joinAdjacent } from './joinAdjacent.ts';
import { shiftTimex } from './shiftTimex.ts';

const NEIGHBOUR = /^the\s+day\s+(before|after)$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Mentions with "the day before" or "the day after" and the day named right after it
 * joined into one expression, the day beside it: "the day after Christmas" is 26 December, not
 * the day after the date last mentioned and Christmas apart.
 *
 * @example joinDayNeighbour(text, [theDayAfter, christmas]) // [{ text: 'the day after Christmas', value: '1999-12-26', … }]
 */
export function joinDayNeighbour(text: string, mentions: readonly Mention[]): Mention[] {
  return joinAdjacent(text, mentions, (m, next) => {
    const side = NEIGHBOUR.exec(m.text)?.[1]?.toLowerCase();
    if (!side || !DAY.test(next.value)) return undefined;
    const value = shiftTimex(next.value, { amount: side === 'after' ? 1 : -1, unit: 'day' });
    // The day is read from the named one beside it, not counted from an anchor.
    const day: Mention = { ...next, text: text.slice(m.start, next.end), start: m.start, value };
    delete day.offset;
    return day;
  });
}
