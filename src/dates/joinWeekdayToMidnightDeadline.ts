import type { Mention } from '../model/mention.ts';
import { endOfDay } from './endOfDay.ts';
import { DEADLINE_NAMED_AFTER_SOURCE } from './midnightOfDeadline.ts';
import { isDayValue } from './valueShape.ts';
import { nearestWeekday, weekdayByTense } from './weekdayByTense.ts';
import { WEEKDAY_PATTERN, weekdayNumber } from './weekdayNames.ts';

// "Tuesday's midnight deadline", "Friday's midnight strike deadline": a weekday's own midnight
// named as the deadline after it, perhaps after a word of what it is for, as wire copy writes it.
// The weekday reader may take a word before it in ("past Thursday" of "talks continued past
// Thursday's midnight deadline"); the joined mention starts at the weekday.
const WEEKDAY_ALONE = new RegExp(
  `^(?:(?:past|last|this|next|coming)\\s+)?(${WEEKDAY_PATTERN})$`,
  'i',
);
const MIDNIGHT_ALONE = /^midnight$/i;
const POSSESSIVE_BETWEEN = /^['’]s?\s+$/;
const DEADLINE_AFTER = new RegExp(`^${DEADLINE_NAMED_AFTER_SOURCE}`, 'i');
// "to meet Tuesday's midnight deadline", "could not beat Friday's …": a deadline still to be met
// is the coming weekday's, whatever the tense of the sentence ("were working to beat Friday's
// midnight strike deadline", said on a Wednesday, is that week's Friday).
const MEET_BEFORE = String.raw`(?:meet|beat|make)\s+$`;
const TO_MEET_BEFORE = new RegExp(
  String.raw`\b(?:to|(?:can|could|will|would|may|might|must)(?:\s+not|n['’]t)?)\s+${MEET_BEFORE}`,
  'i',
);
// "Palm Beach County failed to meet Tuesday's midnight deadline", said on the Thursday after: a
// deadline missed or refused is one gone by, so the weekday reader's day is kept; so it is with
// "last Tuesday's midnight deadline".
const MISSED_BEFORE = new RegExp(
  String.raw`\b(?:failed|refused|declined|neglected|unable|not\s+able)\s+to\s+${MEET_BEFORE}`,
  'i',
);
const LAST_WEEKDAY = /^last\s/i;
// "Palm Beach officials said they could not meet Tuesday's midnight deadline": "could not" is
// the past of "cannot" in reported speech as well as a forecast, so the words tell neither the
// deadline gone by nor the one ahead; the weekday nearest publication is taken (nearestWeekday:
// said on the Thursday after, the Tuesday two days gone; said on the Monday before, the Tuesday
// next day).
const COULD_NOT_MEET = String.raw`could(?:\s+not|n['’]t)\s+${MEET_BEFORE}`;
const COULD_NOT_BEFORE = new RegExp(String.raw`\b${COULD_NOT_MEET}`, 'i');
// … but after a verb of foretelling it is only a forecast: "Union leaders warned they could not
// meet Thursday's midnight deadline", said on the Sunday after a Thursday, is the coming one.
const FORETOLD_COULD_NOT_BEFORE = new RegExp(
  String.raw`\b(?:warned|predicted|feared|forecast|cautioned|worried)\s+(?:that\s+)?(?:\w+\s+)?${COULD_NOT_MEET}`,
  'i',
);

/** The day a text was published, and whether it is read in TimeML mode. */
interface DeadlineOptions {
  published: string;
  timeml: boolean;
}

/**
 * "Counties raced to meet Tuesday's midnight deadline", said that Tuesday: one mention of the
 * weekday's midnight, the midnight that ends the weekday (news the next day's `T00:00`, TimeML
 * the weekday's `T24`), as "a deadline of midnight Tuesday" is (midnightOfDeadline). A weekday
 * and a midnight with no deadline after them ("Tuesday's midnight vigil") are left as read.
 */
export function joinWeekdayToMidnightDeadline(
  text: string,
  mentions: Mention[],
  options: DeadlineOptions,
): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const joined = deadlineMidnight(text, mentions[i]!, mentions[i + 1], options);
    if (joined) {
      out.push(joined);
      i++;
    } else out.push(mentions[i]!);
  }
  return out;
}

function deadlineMidnight(
  text: string,
  day: Mention,
  midnight: Mention | undefined,
  options: DeadlineOptions,
): Mention | undefined {
  const name = WEEKDAY_ALONE.exec(day.text)?.[1];
  if (!name || !midnight || day.type !== 'DATE' || !isDayValue(day.value)) return undefined;
  if (!MIDNIGHT_ALONE.test(midnight.text) || midnight.type !== 'TIME') return undefined;
  if (!POSSESSIVE_BETWEEN.test(text.slice(day.end, midnight.start))) return undefined;
  if (!DEADLINE_AFTER.test(text.slice(midnight.end, midnight.end + 40))) return undefined;
  const before = text.slice(Math.max(0, day.start - 30), day.start);
  const ahead =
    TO_MEET_BEFORE.test(before) && !MISSED_BEFORE.test(before) && !LAST_WEEKDAY.test(day.text);
  const weekday = ahead
    ? weekdayToMeet(text, day.start, before, name, options.published)
    : day.value;
  const start = day.end - name.length;
  return {
    ...midnight,
    start,
    text: text.slice(start, midnight.end),
    value: endOfDay(weekday, { timeml: options.timeml }),
  };
}

/**
 * The weekday `name` of a deadline still to be met, its words `before` it at `start`: the one
 * nearest publication after a "could not" told as no forecast (COULD_NOT_BEFORE), else the coming
 * one.
 */
function weekdayToMeet(
  text: string,
  start: number,
  before: string,
  name: string,
  published: string,
): string {
  const weekday = weekdayNumber(name);
  const couldNot =
    COULD_NOT_BEFORE.test(before) &&
    !FORETOLD_COULD_NOT_BEFORE.test(text.slice(Math.max(0, start - 60), start));
  return couldNot
    ? nearestWeekday(weekday, published)
    : weekdayByTense(weekday, published, 'future');
}
