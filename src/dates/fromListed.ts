import { isAnotherDeedGap } from './isAnotherDeedGap.ts';
import { causeMonthBefore } from './causeMonthBefore.ts';
import { furtherDeedTime } from './furtherDeedTime.ts';
import { isFurtherDeedGap } from './isFurtherDeedGap.ts';
import { dayMonthByTense } from './monthByTense.ts';

// Between two days or months of one list: "Dec. 30, 2023 and Jan. 2", "March 2023, and in May".
const LIST_GAP = /^\s*,?\s*(?:(?:and|or)\s+)?(?:(?:again\s+)?(?:on|in)\s+)?$/i;

/**
 * The day or month listed right before a date written with no year ("on Dec. 30, 2023 and Jan.
 * 2"), or told of a further deed after it ("in April 2017 and lost her majority in June",
 * `isAnotherDeedGap`), if that one has a year: the second is read next to it, not from the
 * publication.
 */
function listedBefore(
  text: string,
  listed: { end: number; value: string } | undefined,
  start: number,
): { value: string; deed: boolean } | undefined {
  if (!listed || listed.end > start) return undefined;
  if (text.slice(listed.end, start).trim() === '') return undefined;
  // "and began work on 3 June": chrono's British day keeps its "on", which belongs to the gap.
  const gap = text.slice(listed.end, start) + (/^(?:on|in)\s+/i.exec(text.slice(start))?.[0] ?? '');
  if (LIST_GAP.test(gap)) return { value: listed.value, deed: false };
  return isAnotherDeedGap(gap) || isFurtherDeedGap(gap, text.slice(0, listed.end))
    ? { value: listed.value, deed: true }
    : undefined;
}

// How far a day or month listed after a dated one may lie to take that one's year: a quarter.
const LIST_REACH_DAYS = 92;

/** A day (`YYYY-MM-DD…`) or month (`YYYY-MM`) as a time, a month at its first day. */
function listedTime(value: string): number {
  return Date.parse(value.length === 7 ? `${value}-01` : value.slice(0, 10));
}

/**
 * The value a day (with `day`) or month with no year of its own takes from the dated day or
 * month listed right before it: the such-day or month nearest that one, if it is strictly after
 * it and within a quarter of it (a further deed told as done, up to eleven months on and not after
 * `published`: `furtherDeedTime`). "Dec. 30, 2023 and Jan. 2" and "December 2023 and on Jan. 2"
 * turn the year; "born on March 3, 1950, and on Feb. 28 he died" or "in June 2019 and in June"
 * are no such list and read from publication.
 */
export function fromListed(
  text: string,
  listed: { end: number; value: string } | undefined,
  start: number,
  month: number,
  day?: number,
  published?: string,
): string | undefined {
  // "closed in June 2020 after a flood in February": a cause's month, before the dated one.
  if (listed && day === undefined && listed.end <= start) {
    const cause = causeMonthBefore(
      text.slice(listed.end, start) + (/^in\s+/i.exec(text.slice(start))?.[0] ?? ''),
      listed.value,
      month,
    );
    if (cause) return cause;
  }
  const before = listedBefore(text, listed, start);
  if (!before) return undefined;
  const first = before.value;
  const firstMonth = `${first.slice(0, 7)}-01`;
  const [from, next] =
    day === undefined
      ? [first.slice(0, 7), dayMonthByTense(month, 1, firstMonth, 'unknown').slice(0, 7)]
      : [
          first,
          dayMonthByTense(
            month,
            day,
            first.length === 7 ? firstMonth : first.slice(0, 10),
            'unknown',
          ),
        ];
  const days = (listedTime(next) - listedTime(from)) / 86_400_000;
  if (days > 0 && days <= LIST_REACH_DAYS) return next;
  // "appointed in October 2023 and resigned in February": a further deed reaches further.
  return before.deed && published ? furtherDeedTime(first, month, day, published) : undefined;
}
