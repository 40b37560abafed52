import type { Mention } from '../model/mention.ts';
import { isDayValue } from './valueShape.ts';
import { weekdayNumber } from './weekdayNames.ts';

// Nothing but a comma between the weekday and the day set beside it: "Saturday night, Feb. 22".
const COMMA_ONLY = /^,\s+$/;

/**
 * The weekday (0 is Sunday) that `weekday` names when its words are a weekday alone, as `words`
 * has them (the weekday's name caught first), set before `day` with only a comma between, both
 * read to a day. What the day beside it must be (the date the weekday falls on, a named day)
 * is the caller's to say: apposeWeekdayToDate and apposeWeekdayToHoliday read the same
 * apposition and differ there.
 *
 * @example
 * apposedWeekday('On Saturday night, Feb. 22, …', saturdayNight, feb22, WEEKDAY_ALONE) //=> 6
 */
export function apposedWeekday(
  text: string,
  weekday: Mention,
  day: Mention,
  words: RegExp,
): number | undefined {
  const name = words.exec(weekday.text)?.[1]?.toLowerCase();
  if (!name || !isDayValue(weekday.value) || !isDayValue(day.value)) return undefined;
  if (!COMMA_ONLY.test(text.slice(weekday.end, day.start))) return undefined;
  return weekdayNumber(name);
}
