import { sentencesBetween } from './sentenceEnds.ts';
import { WEEKDAY_NAMES, WEEKDAY_PATTERN } from './weekdayNames.ts';
import { PART_OF_DAY_SOURCE } from './partOfDay.ts';

// A part of the day named in the story: "this afternoon", "Friday evening", "tonight".
const PART_NAMED = new RegExp(String.raw`\b(${PART_OF_DAY_SOURCE}|tonight)\b`, 'gi');
// The hours of the clock (1 to 12) that a part named before a clock holds past noon: after "this
// afternoon", "seven o'clock" is seven in the evening; after "tonight", "eleven o'clock" is 23:00.
export const LATER_HOURS: Readonly<Record<string, readonly [number, number]>> = {
  afternoon: [1, 9],
  evening: [4, 11],
  night: [6, 11],
  tonight: [6, 11],
};
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
// How far back a part of the day is looked for: this sentence and the one before.
export const LOOK_BACK = 400;

/**
 * The parts of the day named in the text before a clock, up to LOOK_BACK characters back. "Good
 * evening. Polls opened at seven o'clock": a greeting names no part of the story's day.
 */
export function partsOfDayBefore(text: string, start: number): RegExpExecArray[] {
  const from = Math.max(0, start - LOOK_BACK);
  return [...text.slice(from, start).matchAll(PART_NAMED)].filter(
    (p) => !/\bgood\s+$/i.test(text.slice(Math.max(0, from + p.index - 6), from + p.index)),
  );
}

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
