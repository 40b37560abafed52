import { LATER_HOURS } from './laterHours.ts';
import { WEEKDAY_PATTERN } from './weekdayNames.ts';

// A clock's words that end in its weekday ("at 10 o'clock Sunday", "at 9 on Friday"): the part of
// the day can only follow the weekday, and then it is that day's.
const ENDS_IN_WEEKDAY = new RegExp(`\\b${WEEKDAY_PATTERN}$`, 'i');
// The part of the day right after the weekday: "Sunday night", "Friday evening"; in lower case,
// since a capital one opens a title ("at 8 Sunday Night Football").
const PART_AFTER = /^\s+(afternoon|evening|night)\b(?!['’-])/;

/**
 * Whether a bare hour with its weekday after it ("at about 10 o'clock Sunday night", "at 3
 * o'clock Saturday afternoon") is past noon because the part of the day named right after the
 * weekday holds that hour past noon: chrono reads the hour alone as the morning's (10:00) and
 * leaves the part out. The hours each part holds are clockAfterLaterPart's (the night from 6 to
 * 11: "at 2 o'clock Sunday night" stays 02:00, the small hours being no later part). A morning
 * keeps the hour ("at 9 o'clock Friday morning").
 *
 * @example laterPartAfterDay('We met at 10 o\'clock Sunday night.', 'at 10 o\'clock Sunday', 10)
 * // true
 */
export function laterPartAfterDay(text: string, words: string, end: number, hour: number): boolean {
  if (!ENDS_IN_WEEKDAY.test(words.trimEnd())) return false;
  const part = PART_AFTER.exec(text.slice(end));
  if (!part) return false;
  const hours = LATER_HOURS[part[1]!];
  return hours !== undefined && hour >= hours[0] && hour <= hours[1];
}
