import type { Mention } from '../model/mention.ts';
import { shiftTimex } from './shiftTimex.ts';

const NEIGHBOUR = /^the\s+day\s+(before|after)$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * "the day after the Friday deadline passed", "the day before the March 3 vote": "the day
 * before/after" followed by "the" and a day is read from that day, which the words name, not from
 * the date mentioned before them. (With no "the" between, `joinDayNeighbour` makes the two one
 * expression: "the day after Christmas".)
 *
 * @example anchorDayNeighbour(text, [theDayAfter, friday]) // [{ text: 'the day after', value: friday + 1, … }, friday]
 */
export function anchorDayNeighbour(text: string, mentions: readonly Mention[]): Mention[] {
  return mentions.map((m, i) => {
    const side = NEIGHBOUR.exec(m.text)?.[1]?.toLowerCase();
    const next = mentions[i + 1];
    if (!side || !next || !DAY.test(next.value)) return m;
    if (!/^\s+the\s+$/i.test(text.slice(m.end, next.start))) return m;
    const amount = side === 'after' ? 1 : -1;
    return {
      ...m,
      value: shiftTimex(next.value, { amount, unit: 'day' }),
      anchor: { kind: 'mention', text: next.text, start: next.start, value: next.value },
      offset: { amount, unit: 'day' },
    };
  });
}
