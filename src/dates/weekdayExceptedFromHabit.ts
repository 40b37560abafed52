import type { Mention } from '../model/mention.ts';
import { WEEKDAY_PATTERN, weekdayNumber } from './weekdayNames.ts';

/**
 * A weekday left out of a daily habit is every such weekday: "The café opens at 7am every day
 * except Sunday", said on Tuesday 27 October 2026, is `XXXX-WXX-7` (not Sunday 1 November); "The
 * office is open daily except Mondays" `XXXX-WXX-1`.
 *
 * Only a weekday named alone right after "every day", "each day" or "daily" and "except", "but" or
 * "apart from" ("except on Sunday" too), or after a daily habit of a part of the day or of the
 * working week ("The bakery opens every morning except Monday", "The ferry sails every weekday
 * but Friday", "The club trains every weeknight except Friday", "each evening apart from Sunday").
 *
 * Left: a weekday read with its date or with "this", "next" or "last" ("every day except next
 * Sunday", "daily except Sunday, Nov. 1"), one mention that is no lone weekday, one after ", but",
 * which opens another clause ("Buses ran daily, but on Sunday the service was cancelled": 25
 * October), and one a verb or "'s" follows, the subject of another clause ("The shop was busy
 * every morning but Sunday was quiet") or a day's people ("Sunday's volunteers").
 *
 * @example
 * weekdayExceptedFromHabit(text, mentions) // "Sunday" in "every day except Sunday" → XXXX-WXX-7
 */
export function weekdayExceptedFromHabit(text: string, mentions: Mention[]): Mention[] {
  return mentions.map((mention) => {
    const day = WEEKDAY.exec(mention.text);
    if (!day || mention.type !== 'DATE') return mention;
    if (!EXCEPTED_BEFORE.test(text.slice(0, mention.start))) return mention;
    if (SUBJECT_AFTER.test(text.slice(mention.end))) return mention;
    // ISO's weekday, Monday 1 to Sunday 7 (weekdayNumber's Sunday is 0).
    const n = weekdayNumber(day[1]!) || 7;
    return { ...mention, type: 'SET', value: `XXXX-WXX-${n}` };
  });
}

// A weekday that a verb follows is the subject of another clause, no day left out: "The shop was
// busy every morning but Sunday was quiet"; one with "'s" names that day's people or things
// ("every morning except Sunday's volunteers").
const SUBJECT_AFTER = /^(?:['’]s\b|\s+(?:was|were|is|are|will|would|had|has|did|saw|brought)\b)/i;

const WEEKDAY = new RegExp(`^(?:on\\s+)?(${WEEKDAY_PATTERN})s?$`, 'i');
// "but" only right after the habit: after a comma it opens another clause ("Buses ran daily, but on
// Sunday the service was cancelled": that Sunday is a day).
const EXCEPTED_BEFORE =
  /\b(?:(?:every|each)\s+(?:day|morning|afternoon|evening|night|weekday|weeknight)|daily)(?:\s*,?\s+(?:except|apart\s+from)|\s+but)\s+(?:on\s+)?$/i;
