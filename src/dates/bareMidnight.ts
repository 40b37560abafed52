import { LOOK_BACK, partsOfDayBefore } from './partsOfDayBefore.ts';
import { sentencesBetween } from './sentenceEnds.ts';
import { sentenceAround, tenseAround } from './tenseAround.ts';
import { WEEKDAY_PATTERN } from './weekdayNames.ts';

// A midnight with no day of its own names the end of a day: of publication's when it is still
// ahead or just "before midnight", of a night's when it comes after that night.

/**
 * Whether the clock at [start, end) is a midnight ahead with no day named, which ends the
 * publication day ("will close at midnight", "is in effect until midnight"): not one told of
 * ("said bars would close at midnight") or with another time after it ("at midnight from next
 * month", "every day").
 */
export function isBareMidnightAhead(text: string, start: number, end: number): boolean {
  if (!/^(?:(?:at|until|till|by)\s+)?midnight$/i.test(text.slice(start, end))) return false;
  const around = sentenceAround(text, start, end);
  return (
    !/\bwould\b/i.test(around.before) &&
    /^(?:[,;:—–]|$)/.test(around.after.trimStart()) &&
    tenseAround(text, start, end) === 'future'
  );
}

// A day of the clock's own right after it ("at midnight on Friday", "midnight tomorrow").
const OWN_DAY_AFTER_MIDNIGHT = new RegExp(
  `^\\s*,?\\s*(?:on\\s+)?(?:${WEEKDAY_PATTERN}|tomorrow|yesterday|today|tonight|the\\s+(?:next|following|previous|same)\\b|that\\b)`,
  'i',
);

// "the evening news", "the night shift": a part of the day before a noun it qualifies names no
// part of the story's day.
const PART_AS_QUALIFIER =
  /^\s+(?:news|newscasts?|bulletins?|shows?|programs?|programmes?|editions?|papers?|shifts?|clubs?|gowns?|class(?:es)?|prayers?|services?|sessions?|flights?|trains?|buses|briefings?|rush|commute|sky|lights?|markets?)\b/i;
// "last night", "yesterday evening": the evening gone by, the day before publication; "tonight",
// "this evening": publication's own.
const PART_OF_DAY_BEFORE_PUBLICATION = /\b(?:last|yesterday)\s+$/i;
const PART_OF_DAY_OF_PUBLICATION = /\bthis\s+$/i;

/**
 * Whether the clock at [start, end) is a midnight with no day named after the evening or the night
 * of a day ("The talks ran late last night. They ended at midnight", "on Friday evening … until
 * midnight"): the midnight that ends that day, when the part of the day is the last named, in its
 * sentence or the one before (partsOfDayBefore). With it, the day of that part counted from
 * publication when its words tell it ("last night" -1, "tonight" 0), for a midnight the text
 * ties to no named day; undefined when they do not (then only a named day's end is read).
 */
export function isBareMidnightAfterNight(
  text: string,
  start: number,
  end: number,
): { daysFromPublication: number | undefined } | false {
  if (
    !/^(?:(?:at|until|till|by|around|near|past|after)\s+)?midnight$/i.test(text.slice(start, end))
  )
    return false;
  if (OWN_DAY_AFTER_MIDNIGHT.test(text.slice(end, end + 30))) return false;
  const last = partsOfDayBefore(text, start).at(-1);
  // Only the parts of the day a midnight ends, not PART_OF_DAY's morning or afternoon.
  if (!last || !/^(?:evening|night|tonight)$/i.test(last[1]!)) return false;
  const from = Math.max(0, start - LOOK_BACK) + last.index;
  if (PART_AS_QUALIFIER.test(text.slice(from + last[0].length, from + last[0].length + 20)))
    return false;
  if (sentencesBetween(text, from, start) > 1) return false;
  const lead = text.slice(Math.max(0, from - 12), from);
  const daysFromPublication = PART_OF_DAY_BEFORE_PUBLICATION.test(lead)
    ? -1
    : /^tonight$/i.test(last[1]!) || PART_OF_DAY_OF_PUBLICATION.test(lead)
      ? 0
      : undefined;
  return { daysFromPublication };
}

/**
 * Whether the clock at [start, end) is a midnight with no day named right after "before" ("broke
 * up just before midnight"): late on the day the story is on, the midnight that ends it.
 */
export function isBareMidnightBefore(text: string, start: number, end: number): boolean {
  return (
    /^midnight$/i.test(text.slice(start, end)) &&
    /\bbefore\s+$/i.test(text.slice(Math.max(0, start - 12), start))
  );
}

/**
 * Whether the clock at [start, end) is a midnight with no day named that a deed told in the past
 * went past ("Talks went on through the night past the midnight deadline", "worked past
 * midnight"): the deed cannot come after publication, so it is the midnight that opened
 * publication's day, the end of the day before. Not one with a day of its own after it
 * ("past midnight on Friday", "until after midnight last night"), nor a deadline still ahead
 * ("Talks will go on past the midnight deadline").
 */
export function isBareMidnightGoneBy(text: string, start: number, end: number): boolean {
  return (
    /^(?:past\s+)?midnight$/i.test(text.slice(start, end)) &&
    PAST_BEFORE.test(text.slice(Math.max(0, start - 24), end)) &&
    !OWN_DAY_AFTER_MIDNIGHT.test(text.slice(end, end + 30)) &&
    !LAST_NIGHT_AFTER.test(text.slice(end, end + 40)) &&
    tenseAround(text, ...deadlineSpan(text, start, end)) === 'past'
  );
}

// "until after midnight last night": the night it ends named after it ("yesterday" after it is a
// day of its own, OWN_DAY_AFTER_MIDNIGHT).
const LAST_NIGHT_AFTER = /^\s+last\s+night\b/i;
// "went past midnight", "ran well past midnight", "past the midnight deadline": a midnight gone
// past. Other midnights told in the past keep the start of the day they open ("Polls closed at
// midnight", "Negotiators missed a midnight deadline").
const PAST_BEFORE = /\bpast\s+(?:the\s+)?midnight$/i;
// "past the midnight deadline": the deadline a deed went past, whose noun would read it ahead.
const PAST_THE_BEFORE = /\bpast\s+the\s+$/i;
const DEADLINE_NOUN_AFTER = /^\s+deadlines?\b/i;

/**
 * The words whose tense tells a midnight's: "past the midnight deadline" as a whole, so that the
 * deadline's noun after the midnight, which looks ahead, is taken with it; else the midnight's own.
 */
function deadlineSpan(text: string, start: number, end: number): [number, number] {
  const past = PAST_THE_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
  const noun = DEADLINE_NOUN_AFTER.exec(text.slice(end, end + 12));
  return past && noun ? [start - past[0].length, end + noun[0].length] : [start, end];
}

/**
 * Whether the clock at [start, end) is a midnight naming a deadline set for tonight ("set a
 * midnight deadline tonight", "face a midnight deadline tonight"): the midnight that ends
 * publication's day, whatever the tense of the setting. Only "deadline" with "tonight" right
 * after it: "a midnight deadline" with no "tonight" keeps its reading.
 */
export function isMidnightDeadlineTonight(text: string, start: number, end: number): boolean {
  return (
    /^midnight$/i.test(text.slice(start, end)) &&
    /^\s+deadlines?\s+tonight\b/i.test(text.slice(end, end + 30))
  );
}
