import { isoWeekPlace } from './isoWeekPlace.ts';
import type { Mention } from '../model/mention.ts';
import { shiftTimex } from './shiftTimex.ts';
import { isDayValue } from './valueShape.ts';
import { WEEKDAY_PATTERN, weekdayNumber, WEEKDAY_ALONE } from './weekdayNames.ts';

// "Thursday next week", "Friday of last week", "Monday this week": the last weekday of a list,
// whose week its own words name.
const WEEKDAY_OF_WEEK = new RegExp(
  `^(?:on\\s+)?(${WEEKDAY_PATTERN})\\s+(?:of\\s+)?(?:next|last|this)\\s+week$`,
  'i',
);
// What lists one weekday before the next: a comma, "and" or "or", "on" perhaps repeated after
// "and" or "or" alone. Not ", and on", which opens a clause of its own ("The committee met on
// Tuesday, and on Thursday next week the full board votes").
const LISTED = /^(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+(?:on\s+)?)$/i;
// ", and" or ", or" before the last day: a list's last joiner only after a comma that lists an
// earlier day ("on Tuesday, Wednesday, and Thursday next week"); between two days alone it opens a
// clause ("The suspect was arrested on Tuesday, and Thursday next week he appears in court").
const COMMA_JOINER = /^\s*,\s*(?:and|or)\s+$/i;
const COMMA_ONLY = /^\s*,\s*$/;

/** A weekday's place in an ISO week, Monday 0 to Sunday 6. */
function isoIndex(words: string): number {
  const name = /\w+$/.exec(words)![0].toLowerCase();
  return isoWeekPlace(weekdayNumber(name));
}

/** The words between two mentions, with an "on" the second's own words open with. */
function wordsBetween(text: string, first: Mention, second: Mention): string {
  return text.slice(first.end, second.start) + (/^on\s+/i.exec(second.text)?.[0] ?? '');
}

/** Whether a weekday alone stands before the one at `j`, listed by a bare comma. */
function listedBefore(text: string, mentions: Mention[], j: number): boolean {
  const earlier = mentions[j - 1];
  return (
    earlier !== undefined &&
    WEEKDAY_ALONE.test(earlier.text) &&
    COMMA_ONLY.test(wordsBetween(text, earlier, mentions[j]!))
  );
}

/**
 * "Tube drivers will strike on Tuesday and Thursday next week": weekdays listed before a weekday
 * whose week is named ("next week", "of last week", "this week") are days of that week too, where
 * each alone was read by the tense as the nearest of its name (Tuesday was this week's). "on
 * Tuesday, Wednesday and Thursday next week", "Monday or Tuesday last week" alike. Not a weekday
 * set apart by other words ("on Tuesday, when talks resume, and Thursday next week" keeps its
 * own), nor one later in the week than the named day ("on Friday and Monday next week").
 *
 * @example weekdaysOfNamedWeek(text, [tuesday0310, thursdayNextWeek0319])
 * // [{ …, value: '2026-03-17' }, thursdayNextWeek0319]
 */
export function weekdaysOfNamedWeek(text: string, mentions: Mention[]): Mention[] {
  const out = [...mentions];
  for (let i = out.length - 1; i > 0; i--) {
    const week = out[i]!;
    const weekday = WEEKDAY_OF_WEEK.exec(week.text)?.[1];
    if (!weekday || !isDayValue(week.value)) continue;
    const named = isoIndex(weekday);
    for (let j = i - 1; j >= 0; j--) {
      const m = out[j]!;
      if (!WEEKDAY_ALONE.test(m.text) || !isDayValue(m.value)) break;
      const between = wordsBetween(text, m, out[j + 1]!);
      if (!LISTED.test(between)) break;
      if (COMMA_JOINER.test(between) && !listedBefore(text, out, j)) break;
      // "on Friday and Monday next week" is as likely this Friday: only a day before the named
      // one in its week is taken into that week.
      const amount = isoIndex(m.text) - named;
      if (amount >= 0) break;
      out[j] = { ...m, value: shiftTimex(week.value.slice(0, 10), { amount, unit: 'day' }) };
    }
  }
  return out;
}
