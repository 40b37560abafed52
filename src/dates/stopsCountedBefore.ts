import { NUMBER_SOURCE } from './readNumber.ts';

// A preposition of place before the count ("held in six cities", "protests across four capitals").
const WHERE_BEFORE = String.raw`in|at|across|throughout|within`;
// The stops of a tour and the things done at them, in the plural a count takes: "six countries",
// "five capitals", "four masses", "eight sites".
const COUNTED_STOPS = String.raw`(?:countries|nations|capitals|cities|towns|stops|sites|masses|speeches|rallies)`;

/**
 * A count of a tour's stops right before "in" and a count of time ("He will visit six countries
 * in twelve days", "The Pope will celebrate four masses in five days", "The inspectors plan to
 * search eight sites in three days"): how many are made within the span, so the count of time
 * after "in" is a length whatever the tense, as a count of fixtures is (FIXTURES_COUNTED_BEFORE).
 * At most two words between the count and the noun ("six African countries"). Not more of them
 * to come ("two more cities in a week"), which may be a date ahead, and not stops after a preposition
 * ("Elections are held in six cities in three days", "planned in four capitals in ten days"):
 * there they tell where, not how many are made, and the count of time may be a date ahead. A
 * pattern to test on the words of the clause before "in".
 *
 * @example STOPS_COUNTED_BEFORE.test('He will visit six countries ') // true
 */
export const STOPS_COUNTED_BEFORE = new RegExp(
  String.raw`(?<!\b(?:more|another|${WHERE_BEFORE})\s+(?:(?:all|the|those|these)\s+)?)\b(?:\d+|${NUMBER_SOURCE})` +
    String.raw`(?:\s+(?!more\b)[a-z-]+){0,2}\s+${COUNTED_STOPS}\s+$`,
  'i',
);
