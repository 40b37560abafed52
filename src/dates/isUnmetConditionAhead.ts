import { IRREGULAR_PAST } from './irregularPast.ts';
import { REGULAR_PAST } from './regularPast.ts';
import { PARENTHETICAL_REPORTING_VERBS } from './reportingVerbs.ts';

// The words from "if" (or "unless", "even if") up to the date, in one clause: no comma, semicolon,
// colon, dash or bracket between, nor a past perfect ("If he had stayed until March") or a modal
// ("if the talks would last").
const CONDITION_OPENS_BEFORE =
  /\b(?:if|unless)\s+(?![^,;:()—]*\b(?:had|would|could|might|should|will|shall|can|may|must)\b)[^,;:()—]*$/i;
// A verb told in the past in the condition: "stayed", "lasted", "dragged on", "came", "waited";
// not "was" or "were" ("if it was true that"), which are no such verb.
const PAST_IN_CONDITION = new RegExp(String.raw`\b(?:${REGULAR_PAST}|${IRREGULAR_PAST})\b`, 'i');
// The main clause after the condition's comma: "would", "could" or "might" with no "have"
// ("he would earn", "it could cost"), a condition not met whose time is still ahead. "would have"
// tells a past that did not happen ("Had the talks lasted until May, the deal would have
// collapsed"), and so does "would not have" ("the airline would not have survived").
// "would have to" is no perfect but a need still ahead ("If the bill passed in March, agencies
// would have to publish rules"): "have" before "to" is let through.
// A clause of saying may stand between the condition and its main clause, set off by commas ("If
// the contract expired in December, the union said, workers would strike"): a speaker of up to
// four words and a verb of saying or warning.
const REPORTED_BETWEEN = String.raw`(?:(?:[\w'’.-]+\s+){1,4}?(?:${PARENTHETICAL_REPORTING_VERBS.join('|')}),\s+)?`;
const UNMET_MAIN_AFTER = new RegExp(
  String.raw`^[^,;:.!?]*,\s+${REPORTED_BETWEEN}(?:[\w'’-]+\s+){0,4}?(?:would|could|might|['’]d)\s+(?!(?:not\s+)?(?:have\b|['’]ve\b)(?!\s+to\b))(?:not\s+)?[a-z]`,
  'i',
);

/**
 * Whether a date, between the words of its sentence `before` and `after` it, stands in the
 * condition of a sentence whose main clause is a "would" not met yet: "If he stayed in the job
 * until March, he would earn a $2 million bonus", said on 10 June 2026, is the coming March
 * (`2027-03`), the condition's past being no past but a hope or a fear. Not
 * "would have" after it ("If the strike lasted until May, the plant would have closed" tells the
 * past), a past perfect in the condition ("If he had stayed until March"), nor a condition with
 * no such main clause ("If he stayed until March, he earned a bonus"). A clause of saying between
 * the two keeps it ahead: "If the contract expired in December, the union said, workers would
 * strike". Nor does "would have to": "If the measure were approved in March, hospitals would
 * have to hire more nurses", said in June, is the coming March.
 *
 * @example isUnmetConditionAhead('If he stayed until ', ', he would earn more.') // true
 */
export function isUnmetConditionAhead(before: string, after: string): boolean {
  const condition = CONDITION_OPENS_BEFORE.exec(before);
  return condition !== null && PAST_IN_CONDITION.test(condition[0]) && UNMET_MAIN_AFTER.test(after);
}
