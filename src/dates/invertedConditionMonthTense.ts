import { IRREGULAR_PAST } from './irregularPast.ts';
import type { MonthTurner } from './MonthTurner.ts';
import { REGULAR_PAST } from './regularPast.ts';

// A condition told by inversion, opening its sentence, up to the month in one clause: "Were the
// deal signed in", "Were the board to approve the plan in", "Should the court rule in" (still to
// come); "Had the vote been held in" (a past that did not happen). "Were it not for" and "Had it
// not been for" name a thing, not a condition's time, and are left alone.
const WERE_OR_SHOULD_OPENS = /^\W*(?:were|should)\s+(?!it\s+not\b)[^,;:()—]*$/i;
// A relative clause told in the past before the month: "Should the slide that began in October
// resume" names a month gone by, not the condition's time.
const PAST_RELATIVE = new RegExp(
  String.raw`\b(?:that|which|who)\s+(?:${REGULAR_PAST}|${IRREGULAR_PAST})\b[^,;:()—]*$`,
  'i',
);
// A month that owns a thing, after "of" (or "of the") or before "'s": "Were the losses of October
// repeated", "Were October's losses repeated", "Were the results of the March vote upheld" name a
// month gone by, not the condition's time; "the end of March" and "the first weeks of January"
// are still its time.
const THING_OF = /\bof\s+(?:the\s+)?$/i;
const TIME_PART_OF =
  /\b(?:end|start|beginning|middle|close|part|half|rest|remainder|weeks?|days?)\s+of\s+(?:the\s+)?$/i;
const OWNS_AFTER = /^['’]s\b/;
const ownsThing = (before: string, after: string): boolean =>
  OWNS_AFTER.test(after) || (THING_OF.test(before) && !TIME_PART_OF.test(before));
const HAD_OPENS = /^\W*had\s+(?!it\s+not\b)[^,;:()—]*$/i;
// The main clause after the condition's comma: a modal ("troops would leave", "the trial could be
// over", "mortgage rates will follow").
const MAIN_AFTER =
  /^[^,;:.!?]*,\s+(?:[\w'’-]+\s+){0,4}?(?:would|could|might|will|shall|may|can)\b/i;
// Of a condition with "had", a perfect: "would have passed", "might have been different".
const PERFECT_MAIN_AFTER =
  /^[^,;:.!?]*,\s+(?:[\w'’-]+\s+){0,4}?(?:would|could|might)\s+(?:not\s+)?(?:have|['’]ve)\b(?!\s+to\b)/i;

/**
 * The tense of a month named without a year in a condition told by inversion at the head of its
 * sentence: "Were the treaty ratified in June, troops would leave", said in April 2026, and
 * "Should the court rule in June, the law could take effect", said in October 2026, are the
 * coming June (`2026-06`, `2027-06`), the subjunctive's past being none; "Had the vote been held
 * in April, the measure would have passed", said in February 1990, is the April gone by
 * (`1989-04`). Only with a main clause after the condition's comma, a modal for "were" and
 * "should", a perfect ("would have") for "had"; "Were it not for the October slide" names no
 * condition's time, and a question ("Were sales higher in May?") has no such clause. A month that
 * owns a thing ("Were the losses of October repeated", "Were October's losses repeated", "Were
 * the results of the March vote upheld") is no condition's time and is left as it came.
 *
 * @example
 * invertedConditionMonthTense('Should the court rule in ', ', the law could take effect.', 6, '2026-10-21', 'past')
 * // 'future'
 */
export const invertedConditionMonthTense: MonthTurner = (
  before,
  after,
  _month,
  _published,
  tense,
) => {
  if (ownsThing(before, after)) return tense;
  if (WERE_OR_SHOULD_OPENS.test(before) && !PAST_RELATIVE.test(before) && MAIN_AFTER.test(after))
    return 'future';
  if (HAD_OPENS.test(before) && PERFECT_MAIN_AFTER.test(after)) return 'past';
  return tense;
};
