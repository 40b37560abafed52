import type { Mention } from '../model/mention.ts';
import { anchorDayNeighbour } from './anchorDayNeighbour.ts';
import { joinAdjacent } from './joinAdjacent.ts';

/**
 * Mentions with "the day before" or "the day after" and the day named right after it
 * joined into one expression, the day beside it: "the day after Christmas" is 26 December, not
 * the day after the date last mentioned and Christmas apart.
 *
 * @example joinDayNeighbour(text, [theDayAfter, christmas])
 * // [{ text: 'the day after Christmas', value: '1999-12-26', … }]
 */
export function joinDayNeighbour(text: string, mentions: readonly Mention[]): Mention[] {
  return joinAdjacent(text, mentions, (m, next) => {
    const neighbour = anchorDayNeighbour(text, m, next);
    if (!neighbour) return undefined;
    // The day is read from the named one beside it, not counted from an anchor.
    const day: Mention = {
      ...next,
      text: text.slice(m.start, next.end),
      start: m.start,
      value: neighbour.value,
    };
    delete day.offset;
    return day;
  });
}
