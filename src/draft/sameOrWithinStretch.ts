import type { DatedPassage } from './findPassages.ts';

/** A stretch of days the words give from one day to another ("March 3-5", "from 3 to 5 March"). */
const isStretch = (p: DatedPassage) => p.mention.value.includes('/');

const within = (inner: DatedPassage, outer: DatedPassage) =>
  isStretch(outer) && outer.range.start <= inner.range.start && inner.range.end <= outer.range.end;

/**
 * Whether two dated passages give the very same date, or one gives a stretch of days and the
 * other's date lies within it: "talks were held March 3-5" and "the ministers met on March 4"
 * may tell one happening as surely as two passages of the same day. Calendar units that contain
 * a day (a week, a month, "this year") are not stretches here: too many happenings share them.
 *
 * @example sameOrWithinStretch(onMarch4, fromMarch3To5) // true
 */
export function sameOrWithinStretch(a: DatedPassage, b: DatedPassage): boolean {
  const same = a.range.start === b.range.start && a.range.end === b.range.end;
  return same || within(a, b) || within(b, a);
}
