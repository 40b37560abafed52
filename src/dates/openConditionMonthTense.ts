import { IRREGULAR_PAST } from './irregularPast.ts';
import type { MonthTurner } from './MonthTurner.ts';
import { REGULAR_PAST } from './regularPast.ts';

// The words from "if" (or "unless") up to the month, in one clause, with no modal, "had", "was"
// or "were" in them: "if the talks fail in", "unless the vaccine is approved in".
const CONDITION_OPENS_BEFORE =
  /\b(?:if|unless)\s+(?![^,;:()—]*\b(?:had|would|could|might|should|will|shall|can|may|must|was|were|did)\b)[^,;:()—]*$/i;
// A verb told in the past in the condition ("if the talks failed in May") is no open condition.
const PAST_IN_CONDITION = new RegExp(String.raw`\b(?:${REGULAR_PAST}|${IRREGULAR_PAST})\b`, 'i');
// The main clause after the condition's comma tells the future: "the union will strike", "flights
// will be cancelled", "the rollout is going to begin".
const WILL_MAIN_AFTER =
  /^[^,;:.!?]*,\s+(?:[\w'’-]+\s+){0,4}?(?:will|shall|(?:is|are)\s+going\s+to)\b|^[^,;:.!?]*,\s+(?:[\w-]+\s+){0,3}?[\w-]+['’]ll\b/i;

/**
 * The tense of a month named without a year in an open condition, told in the present, whose main
 * clause tells the future with "will": "He said that if the talks fail in May, the union will
 * strike", said in March 2026, is the coming May (`2026-05`), where the clause of saying before
 * the condition read the May gone by. "She warned that if the bill passes in December, rents will
 * soar", said in September, alike. A condition told in the past ("if the talks failed in May"),
 * with a past perfect or a modal ("if the bill had passed in July, rents would have fallen"), or
 * with no "will" after its comma keeps the tense it had.
 *
 * @example
 * openConditionMonthTense('He said that if the talks fail in ', ', the union will strike.', 5, '2026-03-11', 'past')
 * // 'future'
 */
export const openConditionMonthTense: MonthTurner = (before, after, _month, _published, tense) => {
  if (tense === 'future') return tense;
  const condition = CONDITION_OPENS_BEFORE.exec(before);
  if (!condition || PAST_IN_CONDITION.test(condition[0])) return tense;
  return WILL_MAIN_AFTER.test(after) ? 'future' : tense;
};
