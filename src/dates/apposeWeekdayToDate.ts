import type { Mention } from '../model/mention.ts';
import { apposedWeekday } from './apposedWeekday.ts';
import { isWeekdayOf } from './isWeekdayOf.ts';
import { WEEKDAY_PATTERN } from './weekdayNames.ts';
import { PART_OF_DAY_SOURCE } from './partOfDay.ts';

// "Saturday night", "late Tuesday": a weekday alone, perhaps with its part of the day (not
// weekdayNames' WEEKDAY_ALONE, which takes no "late", "early" or part of the day).
const WEEKDAY_AND_PART = new RegExp(
  `^(?:(?:on|late|early)\\s+)*(${WEEKDAY_PATTERN})(?:\\s+(?:${PART_OF_DAY_SOURCE}))?$`,
  'i',
);

// "seven weeks after", "two days before": a count from a day named after it, whose value is that
// day's until it is counted, so no date the weekday is set beside while it is ("on Friday, the day
// after Thanksgiving", already counted, is that Friday).
const COUNT_FROM_DAY = /\b(?:after|before|later|earlier)$/i;

// Such a count whose value is still that of the day it counts from.
function uncountedCount(m: Mention): boolean {
  return COUNT_FROM_DAY.test(m.text) && m.anchor?.kind === 'mention' && m.anchor.value === m.value;
}

/**
 * "On Saturday night, Feb. 22, police came": a weekday set before the date it falls on, a comma
 * between, is that date (chrono joins "Saturday, Feb. 22" but not a weekday with its part of the
 * day, which was read as the Saturday before publication). A date the weekday does not fall on
 * leaves it alone, and so does a count from a day after the comma ("Shavuot begins on Thursday,
 * seven weeks after Passover" keeps the coming Thursday, not the Thursday Passover falls on, while
 * the count still has the value of the day it counts from; "on Friday, the day after
 * Thanksgiving", its day counted, is that Friday).
 *
 * @example apposeWeekdayToDate(text, [saturdayNight, feb22])
 * // [{ …saturdayNight, value: '2025-02-22' }, feb22]
 */
export function apposeWeekdayToDate(text: string, mentions: readonly Mention[]): Mention[] {
  return mentions.map((m, i) => {
    const next = mentions[i + 1];
    const weekday = next && apposedWeekday(text, m, next, WEEKDAY_AND_PART);
    if (!next || weekday === undefined || uncountedCount(next) || !isWeekdayOf(next.value, weekday))
      return m;
    return {
      ...m,
      value: next.value,
      anchor: { kind: 'mention', text: next.text, start: next.start, value: next.value },
    };
  });
}
