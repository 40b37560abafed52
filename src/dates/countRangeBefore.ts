import { APPROXIMATOR } from './readDurations.ts';
import { NUMBER_SOURCE, readNumber } from './readNumber.ts';
import { tenseAround } from './tenseAround.ts';

// "six to eight weeks", "two or three days", "12-18 months", "about six to eight weeks": the
// lower count of a range whose unit is written once, after the higher.
// Built on first use: readDurations, which holds APPROXIMATOR, imports this module.
let lowerCount: RegExp | undefined;
const LOWER_COUNT = () =>
  (lowerCount ??= new RegExp(
    `(?:\\b(${APPROXIMATOR})\\s+)?\\b(${NUMBER_SOURCE})(?:\\s+(?:to|or)\\s+|\\s*[-–]\\s*)$`,
    'i',
  ));
// "between 20 and 30 days": the lower count of a range told with "between … and".
const BETWEEN_LOWER = new RegExp(`\\b[Bb]etween\\s+(${NUMBER_SOURCE})\\s+and\\s+$`, 'i');
// A count told from another time ("two or three days ago") is a date, read elsewhere; an age ("six
// to eight years old") is no time. "1-2 minutes into the second half" after "trailed" is a score
// and a time into a game, not a range.
const NOT_A_LENGTH_AFTER = /^\s+(?:ago|later|earlier|afterwards|from\s+now|old|into)\b/i;
// "A second dose is given three to four weeks after the first", "Symptoms appear two to 14 days
// after exposure": a range before "after" or "before" is how long from an event, a length as TimeML
// marks "days before the shooting" (`PXD`). The news reading takes it so only where the sentence
// is not told in the past: a past sentence may date a deed by it ("Two or three days after the
// vote, he resigned"), which is left to the relative readings.
const FROM_EVENT_AFTER = /^\s+(?:before|after)\b/i;
// An age given as a range ("children 5 to 11 years of age", "aged 18 to 21 years") is no length.
const AGE_AFTER = /^\s+of\s+age\b/i;
const AGE_BEFORE = /\b(?:aged|ages)\s+$/i;

/**
 * Where the lower count of a range of lengths starts ("between" with it: "between 20 and 30 days"),
 * when the count `count` at `index` (whose unit ends at `end`) is the higher one ("six to eight
 * weeks": the range is one length, TIMEX3 `PXW`, its number unknown, as TempEval-3 marks "the next
 * 12 to 18 months" `PXM`), with whether an approximator opens it and whether it is an age (then no
 * length at all); undefined when the words before are no lower count, or when the range comes
 * before "after" or "before" in a sentence told in the past, outside TimeML mode (`timeml`).
 */
export function countRangeBefore(
  text: string,
  index: number,
  end: number,
  count: number,
  timeml: boolean | undefined,
): { start: number; approximate: boolean; age: boolean } | undefined {
  if (NOT_A_LENGTH_AFTER.test(text.slice(end, end + 12))) return undefined;
  if (
    FROM_EVENT_AFTER.test(text.slice(end, end + 12)) &&
    !timeml &&
    tenseAround(text, index, end) === 'past'
  )
    return undefined;
  const before = text.slice(Math.max(0, index - 40), index);
  const between = BETWEEN_LOWER.exec(before);
  const lead = LOWER_COUNT().exec(before) ?? (between && [between[0], undefined, between[1]]);
  if (!lead) return undefined;
  const lower = readNumber(lead[2]!);
  // "a" and "an" are no lower count ("a to"), nor a number no smaller than the higher one.
  if (lower === undefined || /^an?$/i.test(lead[2]!) || lower >= count) return undefined;
  const start = index - lead[0].length;
  const age =
    AGE_AFTER.test(text.slice(end, end + 12)) ||
    AGE_BEFORE.test(text.slice(Math.max(0, start - 12), start));
  return { start, approximate: lead[1] !== undefined, age };
}
