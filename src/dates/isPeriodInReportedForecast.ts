import { LIKELY_MODALS } from './modals.ts';
import { REPORTED_PERIOD_NOUN_SOURCE } from './reportedPeriodNoun.ts';

// A quarter or half written as an adjective before its noun: "third-quarter", "second-half".
const PERIOD_ADJECTIVE = /^(?:first|second|third|fourth|1st|2nd|3rd|4th)-(?:quarter|half)$/i;
// A saying or an expectation right before it, perhaps with "that" and a determiner: "said",
// "said that its", "told analysts", "expects".
const SAYING_BEFORE =
  /\b(?:said|says|say|told\s+(?:analysts|investors|shareholders|reporters)|predicted|forecast|expects?|expected|warned|estimated|projected)\s+(?:that\s+)?(?:(?:its|their|the|his|her)\s+)?$/i;
// The adjective's noun, a word or two, then a modal of what is to come as the clause's verb:
// "earnings would be lower", "sales will rise", "results could be hurt"; the noun may be held by
// "per" or "of" and a few words ("earnings per share would be lower", "sales of its new computer
// would increase"). Not a modal with "have", which tells what might have been of a period gone by
// ("profit would have doubled without the strike").
const NOUN_THEN_MODAL = new RegExp(
  String.raw`^\s+${REPORTED_PERIOD_NOUN_SOURCE}(?:${LIKELY_MODALS}|won[’']t|wouldn[’']t)\b(?!\s+have\b)`,
);

/**
 * Whether a quarter or half written as an adjective ("third-quarter", "second-half") is the
 * subject's of a clause reported after a saying or an expectation, whose verb is a modal of what
 * is to come: "The company said second-half earnings would be lower than a year ago", said on 25
 * June 1990, is the second half of 1990, the past "said" being the saying's, not the half's. Not a
 * clause told in the past ("said third-quarter sales were strong"), nor what might have been
 * ("said third-quarter profit would have doubled without the strike"), nor a day ("said Friday its
 * sales would rise").
 *
 * @example isPeriodInReportedForecast('The company said ', 'second-half', ' earnings would fall.') // true
 */
export function isPeriodInReportedForecast(
  before: string,
  dateText: string,
  after: string,
): boolean {
  return (
    PERIOD_ADJECTIVE.test(dateText) && SAYING_BEFORE.test(before) && NOUN_THEN_MODAL.test(after)
  );
}
