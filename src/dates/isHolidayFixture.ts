import { sentenceAt } from './sentenceEnds.ts';

// The nouns of a sporting fixture a holiday names: "the Boxing Day fixture", "the Boxing Day
// Test", "the Thanksgiving Day game", "the New Year's Day meeting at Cheltenham".
const HOLIDAY_FIXTURE_NOUN = String.raw`(?:fixtures?|games?|match(?:es)?|clash(?:es)?|derby|derbies|showdown|kick-?offs?|Tests?|meetings?|races?|cards?|programmes?|slate|double-?headers?)`;
// A word of the league or the kind of game between ("the Thanksgiving Day NFL game", "the Boxing
// Day home game", "the Christmas Day football matches").
const KIND_BETWEEN = String.raw`(?:[A-Z]{2,5}|home|away|league|football|rugby|racing|hurdles?|chase)`;
const FIXTURE_AFTER = new RegExp(
  String.raw`^(?:['’]s)?\s+(?:${KIND_BETWEEN}\s+)?${HOLIDAY_FIXTURE_NOUN}(?![\w-])`,
);
// A fixture kept every year is a habit, no one holiday ("The Christmas Day games are a tradition
// in the NBA", "the annual Boxing Day meeting").
const YEARLY_HABIT =
  /\b(?:traditions?|traditional(?:ly)?|annual(?:ly)?|every|each\s+year|always|usually|customary)\b/i;

/**
 * Whether the holiday at `start`..`end` of `text` names a sporting fixture, with no word of a
 * yearly habit in its sentence: "Fans are looking forward to the Boxing Day derby", "Tickets for
 * the Thanksgiving Day NFL game are on sale", "The Boxing Day Test at the MCG is sold out". Told with
 * no tense, such a fixture is the nearer one, not always last year's, so readHolidays takes the
 * coming holiday before its day and the one gone by after it ("The FA is investigating crowd
 * trouble at the Boxing Day derby", said on 20 January). Not the holiday alone ("Tickets for Boxing
 * Day are on sale"), a noun after it that is no fixture ("the Boxing Day sales"), nor a fixture
 * kept every year ("The Christmas Day games are a tradition in the NBA").
 *
 * @example isHolidayFixture('Fans are looking forward to the Boxing Day derby.', 32, 42) // true
 */
export function isHolidayFixture(text: string, start: number, end: number): boolean {
  return FIXTURE_AFTER.test(text.slice(end)) && !YEARLY_HABIT.test(sentenceAt(text, start, end));
}
