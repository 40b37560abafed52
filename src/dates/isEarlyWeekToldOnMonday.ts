import { isMonday } from 'date-fns';
import { toLocalDate } from './calendarDate.ts';
import { IRREGULAR_PAST } from './irregularPast.ts';
import { REGULAR_PAST } from './regularPast.ts';

const EARLY_IN_THE_WEEK = /^(?:early|earlier)\s+in\s+the\s+week$/i;
// A participle's clause after a comma carries on the past of the clause before it ("rose late in
// the week, extending gains from early in the week"): a past verb earlier in the sentence, with no
// modal after it, tells the gains gone by too.
const PAST_BEFORE = new RegExp(
  String.raw`\b(?:was|were|${IRREGULAR_PAST}|${REGULAR_PAST})\b(?![^.!?]*\b(?:will|would|shall|may|might|could|should)\b)[^.!?]*,\s+[a-z]+ing\b[^.!?,]*$`,
  'i',
);

// An infinitive, a modal or an expectation before it looks ahead from the past of a report
// ("Traders said they expected prices to rise early in the week"): the week under way.
const AHEAD_BEFORE =
  /\b(?:to\s+(?!the\b|a\b|an\b)[a-z]+|expect(?:s|ed|ing)?|plann?(?:s|ed|ing)?|could|would|will|may|might|should|shall)\b[^.!?]*$/i;
// "from" right before the phrase: "extending gains from early in the week".
const FROM_BEFORE = /\bfrom\s+$/i;
// A participle's clause after a comma, the phrase in it: ", setting the stage for gains".
const PARTICIPLE_CLAUSE_BEFORE = /,\s+[a-z]+ing\b[^.!?,]*$/i;

/**
 * Whether "early in the week", told in the past on a Monday, is the week before publication's:
 * a Monday's paper tells the week just ended, whose early days are gone by, where the week under
 * way has had only the day of publication ("Treasury bond prices rose late in the week, extending
 * gains from early in the week", said on Monday 13 November 1989, is `1989-W45` twice; the late
 * part is `isLatePartGoneBy`'s; a participle after a past clause carries its past). Said on
 * another day, or told ahead, it is the week under way ("Bond prices rose early in the week",
 * said on Thursday 16 November 1989, `1989-W46`).
 *
 * @example isEarlyWeekToldOnMonday('early in the week', 'past', '1989-11-13') // true
 */
export function isEarlyWeekToldOnMonday(
  words: string,
  tense: string,
  published: string,
  before = '',
): boolean {
  if (!EARLY_IN_THE_WEEK.test(words)) return false;
  // "from early in the week" reads as a start ahead; the past clause before it says otherwise.
  // Only "from early in the week" after a past clause ("extending gains from early in the week"),
  // not "setting the stage for gains early in the week".
  if (tense !== 'past' && !(PAST_BEFORE.test(before) && FROM_BEFORE.test(before))) return false;
  if (AHEAD_BEFORE.test(before)) return false;
  // A participle's clause of its own ("Stocks rallied on Friday, setting the stage for gains early
  // in the week") tells the prospect, not the past before its comma; only "from" carries it.
  if (PARTICIPLE_CLAUSE_BEFORE.test(before) && !FROM_BEFORE.test(before)) return false;
  return isMonday(toLocalDate(published.slice(0, 10)));
}
