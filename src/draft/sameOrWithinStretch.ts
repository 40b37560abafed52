import type { DatedPassage } from './findPassages.ts';
import { DAY, days } from './storyline.ts';

/**
 * The widest date two passages may share and still be read as the very same date: a day, or at
 * most a month; and so the widest stretch of days a day may lie within.
 */
export const SAME_DATE_MAX_DAYS = 31;

/** A day's TIMEX value: "2025-03-04". */
const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A stretch of days the words give from one day to another ("March 3-5", "from 3 to 5 March"),
 * no wider than SAME_DATE_MAX_DAYS; not a stretch of months or years ("January to June", "from
 * 2019 to 2021"), which too many happenings share.
 */
function isStretch(p: DatedPassage): boolean {
  const ends = p.mention.value.split('/');
  return (
    ends.length === 2 &&
    ends.every((end) => DAY_VALUE.test(end)) &&
    days(p) < SAME_DATE_MAX_DAYS * DAY
  );
}

const within = (inner: DatedPassage, outer: DatedPassage) =>
  isStretch(outer) && outer.range.start <= inner.range.start && inner.range.end <= outer.range.end;

/**
 * Whether two dated passages give the very same date, or one gives a stretch of days and the
 * other's date lies within it: "talks were held March 3-5" and "the ministers met on March 4"
 * may tell one happening as surely as two passages of the same day. Calendar units that contain
 * a day (a week, a month, "this year") are not stretches here, nor are stretches of months or
 * years, or of more than a month of days: too many happenings share them.
 *
 * @example sameOrWithinStretch(onMarch4, fromMarch3To5) // true
 */
export function sameOrWithinStretch(a: DatedPassage, b: DatedPassage): boolean {
  const same = a.range.start === b.range.start && a.range.end === b.range.end;
  return same || within(a, b) || within(b, a);
}
