import type { Offset } from '../model/mention.ts';
import type { Granularity } from '../model/temporal.ts';
import { toLocalDate } from './calendarDate.ts';
import { shiftTimex } from './shiftTimex.ts';
import { timexRange } from './timexRange.ts';
import { toTimex } from './toTimex.ts';

const FINENESS: Granularity[] = ['day', 'week', 'month', 'quarter', 'season', 'year', 'decade'];

/**
 * An anchor moved by an offset and read at the granularity the words give ("the following week"
 * from a day → a week), unless the anchor itself is coarser: "two days later" after "in 2019"
 * can only be 2019, and so can "the day before" (the shift is finer than the anchor, so it stays
 * in it rather than moving from the anchor's first day into the year before).
 */
export function moveAnchor(anchor: string, offset: Offset, granularity: Granularity): string {
  const { granularity: anchorGranularity } = timexRange(anchor);
  const day = anchor.replace(/T[\w:.]+$/, '');
  const coarser = FINENESS.indexOf(anchorGranularity);
  if (FINENESS.indexOf(offset.unit) < coarser && coarser > FINENESS.indexOf(granularity))
    return day;
  const moved = shiftTimex(day, offset);
  if (FINENESS.indexOf(anchorGranularity) > FINENESS.indexOf(granularity)) return moved;
  return toTimex(toLocalDate(timexRange(moved).start), granularity);
}
