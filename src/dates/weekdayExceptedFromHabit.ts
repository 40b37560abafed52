import type { Mention } from '../model/mention.ts';

/**
 * A weekday left out of a daily habit is every such weekday: "The café opens at 7am every day
 * except Sunday", said on Tuesday 27 October 2026, is `XXXX-WXX-7` (not Sunday 1 November); "The
 * office is open daily except Mondays" `XXXX-WXX-1`.
 *
 * Only a weekday named alone right after "every day", "each day" or "daily" and "except", "but" or
 * "apart from" ("except on Sunday" too). Left: a weekday read with its date or with "this", "next"
 * or "last" ("every day except next Sunday", "daily except Sunday, Nov. 1"), one mention that is no
 * lone weekday, and one after ", but", which opens another clause ("Buses ran daily, but on Sunday
 * the service was cancelled": 25 October).
 *
 * @example
 * weekdayExceptedFromHabit(text, mentions) // "Sunday" in "every day except Sunday" → XXXX-WXX-7
 */
export function weekdayExceptedFromHabit(text: string, mentions: Mention[]): Mention[] {
  return mentions.map((mention) => {
    const day = WEEKDAY.exec(mention.text);
    if (!day || mention.type !== 'DATE') return mention;
    if (!EXCEPTED_BEFORE.test(text.slice(0, mention.start))) return mention;
    const n = WEEKDAYS.indexOf(day[1]!.toLowerCase().slice(0, 3)) + 1;
    return { ...mention, type: 'SET', value: `XXXX-WXX-${n}` };
  });
}

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const WEEKDAY = /^(?:on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?$/i;
// "but" only right after the habit: after a comma it opens another clause ("Buses ran daily, but on
// Sunday the service was cancelled": that Sunday is a day).
const EXCEPTED_BEFORE =
  /\b(?:(?:every|each)\s+day|daily)(?:\s*,?\s+(?:except|apart\s+from)|\s+but)\s+(?:on\s+)?$/i;
