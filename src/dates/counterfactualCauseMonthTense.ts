import { SCHEDULED_THING } from './heldThing.ts';
import type { MonthTurner } from './MonthTurner.ts';

// A cause whose absence the sentence weighs, opening it, up to the month: "Were it not for the",
// "Had it not been for its", "If it were not for the", "But for the", "Without the", and up to two
// words between ("the bitter", "the company's").
const CAUSE_OPENS =
  /^\W*(?:(?:were|had)\s+it\s+not\s+(?:been\s+)?for|if\s+(?:it\s+)?(?:were|was|had)(?:\s+not|n['’]t)\s+(?:been\s+)?for|if\s+not\s+for|but\s+for|without)\s+(?:the|its|their|his|her|this|that)\s+(?:[\w'’-]+\s+){0,2}?$/i;
// "Without the" names a cause only before a main clause in the perfect: "Without the September
// storms, the harvest would have been a record"; "Without the June deadline, talks would drag on"
// is no counterfactual of what happened.
const WITHOUT_OPENS = /^\W*without\b/i;
// The main clause after the cause's comma: a modal of what would be ("the fund would be up"), or
// of what would have been ("the portfolio would have gained").
const MAIN_MODAL = String.raw`^[^,;:.!?]*,\s+(?:[\w'’-]+\s+){0,5}?(?:would|could|might)`;
const MAIN_AFTER = new RegExp(String.raw`${MAIN_MODAL}\b`, 'i');
const PERFECT_MAIN_AFTER = new RegExp(
  String.raw`${MAIN_MODAL}\s+(?:not\s+)?(?:have|['’]ve)\b`,
  'i',
);
// A thing set for the month rather than one that happened in it: "Were it not for the June
// deadline, negotiators would take more time" weighs a deadline still to come, and "Were it not
// for the November interest payment, the company would have ample cash" a sum falling due (review).
// The things set for a day come from SCHEDULED_THING. On purpose the list takes none of
// HELD_THING's other things, which happen ("Were it not for the October strike, output would be
// up" weighs a strike gone by), and adds what falls due (refundings, redemptions, maturities,
// expiry, installments, rollovers, renewals), holidays, targets, conventions and "launch" in the
// singular only.
const SET_THING_AFTER = new RegExp(
  String.raw`^\s+(?:[\w'’-]+\s+){0,2}?(?:${SCHEDULED_THING}|launch|holidays?|targets?|refundings?|redemptions?|maturit(?:y|ies)|expir(?:y|ation)|instal?lments?|rollovers?|renewals?|conventions?)\b`,
  'i',
);

/**
 * The tense of a month named without a year in a cause whose absence the sentence weighs, at its
 * head: "Were it not for the October slide, the fund would be up 12% for the year", said in
 * November 1989, is the October gone by (`1989-10`), where the modal read the coming one: "were it
 * not for" tells what would be but for a thing that happened. So are "Had it not been for the June
 * heat wave, …would have…", "But for the March earthquake, exports would be growing" and, with a
 * main clause in the perfect only, "Without the September storms, the harvest would have been a
 * record". Not a thing set for the month ("Were it not for the June deadline, negotiators would
 * take more time", the coming June), nor a condition told by inversion ("Were the October vote to
 * fail", invertedConditionMonthTense).
 *
 * @example
 * counterfactualCauseMonthTense('Were it not for the ', ' slide, the fund would be up.', 10, '1989-11-14', 'future')
 * // 'past'
 */
export const counterfactualCauseMonthTense: MonthTurner = (
  before,
  after,
  _month,
  _published,
  tense,
) => {
  if (!CAUSE_OPENS.test(before) || SET_THING_AFTER.test(after)) return tense;
  const main = WITHOUT_OPENS.test(before) ? PERFECT_MAIN_AFTER : MAIN_AFTER;
  return main.test(after) ? 'past' : tense;
};
