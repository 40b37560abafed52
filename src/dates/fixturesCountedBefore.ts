import { NUMBER_SOURCE } from './readNumber.ts';

// The things a side plays, in the plural a count takes: "two matches", "four league games",
// "three Tests".
const COUNTED_FIXTURES = String.raw`(?:games|matches|fixtures|races|rounds|Tests|outings|bouts|fights)`;

/**
 * A count of fixtures right before "in" and a count of time ("The club will play two matches in
 * three days over Christmas", "City face four games in 10 days", "She rode three races in eight
 * days"): how many are played within the span, so the count of time after "in" is
 * a length, whatever the tense, as "twice in six months" is (isLengthAfterIn). At most one word
 * between the count and the noun ("four league games"). Not more of them to come ("two more games
 * in a week", "another two matches in three days"), which may be a date ahead. A pattern to test on
 * the words of the clause before "in".
 *
 * @example FIXTURES_COUNTED_BEFORE.test('The club will play two matches ') // true
 */
export const FIXTURES_COUNTED_BEFORE = new RegExp(
  String.raw`(?<!\b(?:more|another)\s+)\b(?:\d+|${NUMBER_SOURCE})` +
    String.raw`(?:\s+(?!more\b)[a-z-]+)?\s+${COUNTED_FIXTURES}\s+$`,
  'i',
);
