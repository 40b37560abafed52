import type { Offset } from '../model/mention.ts';
import type { Granularity } from '../model/temporal.ts';
import { toLocalDate } from './calendarDate.ts';
import { shiftTimex } from './shiftTimex.ts';
import { timexRange } from './timexRange.ts';
import { toTimex } from './toTimex.ts';

const FINENESS: Granularity[] = ['day', 'week', 'month', 'quarter', 'season', 'year', 'decade'];

/** A step back of at most a week ("the day before", "three days earlier", "a week before"). */
function shortStepBack({ amount, unit }: Offset): boolean {
  if (amount >= 0) return false;
  return unit === 'day' ? amount >= -7 : unit === 'week' && amount === -1;
}

/**
 * An anchor moved by an offset and read at the granularity the words give ("the following week"
 * from a day → a week), unless the anchor itself is coarser: "two days later" after "in 2019"
 * can only be 2019, and so can "the day before" (a step back of a week or less from a month or
 * a year stays in it rather than moving from the anchor's first day into the one before). A step
 * forward, or a longer one back, still moves: "founded in 2010. Eighteen months later" is 2011,
 * "in October 2017. Six weeks later" 2017-11.
 */
export function moveAnchor(anchor: string, offset: Offset, granularity: Granularity): string {
  const { granularity: anchorGranularity } = timexRange(anchor);
  const day = anchor.replace(/T[\w:.]+$/, '');
  const anchorFineness = FINENESS.indexOf(anchorGranularity);
  const anchorCoarser = anchorFineness > FINENESS.indexOf(granularity);
  const stepFiner = FINENESS.indexOf(offset.unit) < anchorFineness;
  if (anchorCoarser && stepFiner && shortStepBack(offset)) return day;
  const moved = shiftTimex(day, offset);
  if (anchorCoarser) return moved;
  return toTimex(toLocalDate(timexRange(moved).start), granularity);
}
