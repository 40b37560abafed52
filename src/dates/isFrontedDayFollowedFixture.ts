import { IRREGULAR_PAST, UNCHANGED_PAST } from './irregularPast.ts';
import { OPENS_SENTENCE } from './opensSentence.ts';
import { REGULAR_PAST } from './regularPast.ts';
import { WEEKDAY_ALONE, WEEKDAY_PATTERN } from './weekdayNames.ts';

// The schedule's first weekday opens the sentence, or the part after a lead's colon, with
// nothing but "on" before it.
const OPENING_WEEKDAY = new RegExp(String.raw`(?:^|:)\s*(?:on\s+)?${WEEKDAY_PATTERN}\b`, 'i');
// The next event of the same schedule, told in the present: "follows", or a present passive of
// its staging ("is held", "is finally run", "are played").
const FOLLOWS = String.raw`(?:follows?|(?:is|are)\s+(?:\w+ly\s+)?(?:${REGULAR_PAST}|held|run|flown|set))`;
// ", and the super-G follows on": the joined clause up to its weekday, with a subject of one to
// five words.
const FOLLOWING_CLAUSE = String.raw`,?\s+and\s+(?:[\w'’.-]+\s+){1,5}?${FOLLOWS}\s+(?:on\s+)?`;
/** ", and the super-G follows on", ending the words before a schedule's next weekday. */
export const FOLLOWING_BEFORE = new RegExp(`${FOLLOWING_CLAUSE}$`, 'i');
const FOLLOWING_AFTER = new RegExp(`${FOLLOWING_CLAUSE}${WEEKDAY_PATTERN}\\b`, 'i');
// "was", "were", "had" or another irregular past tells a day gone by ("On Tuesday the downhill
// was finally run, and the super-G follows on Thursday"). A word in "-ed" is asked only where the
// clause has no present "is" or "are": beside one it is a participle ("is completed") or a noun
// ("the two-man bobsled is completed").
const IRREGULAR = new RegExp(String.raw`\b(?:was|were|${IRREGULAR_PAST})\b`, 'i');
const PRESENT_BE = /\b(?:is|are)\b/i;
const REGULAR = new RegExp(String.raw`\b${REGULAR_PAST}\b`, 'i');
// A verb whose past is its present ("beat", "cut", "hit") tells no present either: without "is" or
// "are" beside it, "On Sunday the Broncos beat the Packers, and a parade follows on Tuesday" is a
// result gone by as often as a fixture, so the day is left to the tense.
const UNCHANGED = new RegExp(String.raw`\b(?:${UNCHANGED_PAST})\b`, 'i');
// A present "is" or "are" and the participle after it ("is finally run", "are held"), which is no
// past: each is asked as "is" alone.
const PRESENT_PASSIVE = /\b(?:is|are)\s+(?:\w+ly\s+)?\w+/gi;

const toldInPresent = (clause: string) => {
  const bare = clause.replace(PRESENT_PASSIVE, 'is');
  if (IRREGULAR.test(bare)) return false;
  return PRESENT_BE.test(bare) || (!REGULAR.test(bare) && !UNCHANGED.test(bare));
};

/**
 * Whether a weekday is one of two of a schedule told in the present, the second joined by
 * "follows" or a present passive: "On Tuesday the men's downhill is finally run, and the super-G
 * follows on Thursday", said on Friday 13 February 1998, is the coming Tuesday and the coming
 * Thursday. The first clause must hold no past ("On Tuesday the downhill was run, and …"); a
 * recap's lead is asked before (`isRecapInPresent`). `before` and `after` are the date's sentence
 * around `date`, its words.
 */
export function isFrontedDayFollowedFixture(before: string, date: string, after: string): boolean {
  if (!WEEKDAY_ALONE.test(date)) return false;
  if (OPENS_SENTENCE.test(before)) {
    const next = FOLLOWING_AFTER.exec(after);
    return next !== null && toldInPresent(after.slice(0, next.index));
  }
  const opening = OPENING_WEEKDAY.exec(before);
  const joined = FOLLOWING_BEFORE.exec(before);
  if (!opening || !joined || opening.index + opening[0].length > joined.index) return false;
  return toldInPresent(before.slice(opening.index + opening[0].length, joined.index));
}
