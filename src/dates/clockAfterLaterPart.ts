import { sentencesBetween } from './sentenceEnds.ts';
import { WEEKDAY_NAMES, WEEKDAY_PATTERN } from './weekdayNames.ts';
import { LATER_HOURS } from './laterHours.ts';
import { LOOK_BACK, partsOfDayBefore } from './partsOfDayBefore.ts';

// A day of the clock's own after it: "at ten o'clock on Tuesday", "by seven o'clock the next
// morning", "at six o'clock Wednesday" — a part named for another day does not hold it.
const OWN_DAY_AFTER = new RegExp(
  `^\\s*,?\\s*(?:on\\s+)?(?:(?<weekday>${WEEKDAY_PATTERN})|tomorrow|yesterday|today|the\\s+(?:next|following|previous)\\s+(?:day|morning))\\b`,
  'i',
);
// The same weekday right before the part ("Monday night"), one pattern for each weekday's name.
const WEEKDAY_BEFORE: Readonly<Record<string, RegExp>> = Object.fromEntries(
  WEEKDAY_NAMES.map((name) => [name, new RegExp(`\\b${name}\\s+$`, 'i')]),
);
/**
 * Whether an hour of a clock with no part of its own ("shortly after seven o'clock") is past
 * noon because the last part of the day named before it, in its sentence or the one before, is
 * the afternoon, the evening or the night and holds that hour ("The ice fell this afternoon. The
 * road reopened shortly after seven o'clock": 19:00). A morning named last keeps the hour, and
 * so do a greeting ("Good evening") and a clock with a day of its own other than the part's
 * ("Monday night … at ten o'clock on Tuesday", "seven o'clock the next morning").
 */
export function clockAfterLaterPart(
  text: string,
  start: number,
  hour: number,
  end: number = start,
): boolean {
  const from = Math.max(0, start - LOOK_BACK);
  const last = partsOfDayBefore(text, start).at(-1);
  if (!last) return false;
  if (sentencesBetween(text, from + last.index, start) > 1) return false;
  // "Monday night … at ten o'clock on Tuesday": the clock's own day, other than the part's.
  const own = OWN_DAY_AFTER.exec(text.slice(end));
  if (own) {
    const weekday = own.groups?.weekday;
    const partDay = weekday === undefined ? undefined : WEEKDAY_BEFORE[weekday.toLowerCase()];
    if (!partDay?.test(text.slice(Math.max(0, from + last.index - 12), from + last.index)))
      return false;
  }
  const hours = LATER_HOURS[last[1]!.toLowerCase()];
  return hours !== undefined && hour >= hours[0] && hour <= hours[1];
}
