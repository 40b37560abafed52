import { PART_OF_DAY_SOURCE } from './partOfDay.ts';
import { WEEKDAY_MENTION } from './weekdayMention.ts';
import { WEEKDAY_PATTERN } from './weekdayNames.ts';

// How likely a forecast holds a thing to be: "Snow is possible", "Showers are likely", "Frost is
// probable", "Rain is in the forecast for". A word of degree may stand before the word ("is also
// possible", "are more likely").
const LIKELY_WORD = 'possible|likely|probable|(?:in|on)\\s+the\\s+(?:forecast|cards)(?:\\s+for)?';
const DEGREE = 'also|still|again|now|more|most|very|quite|highly|increasingly|even';
const PRESENT_LIKELY = String.raw`\b(?:is|are)\s+(?:(?:${DEGREE})\s+)?(?:${LIKELY_WORD})`;
// "a chance of snow", "a slight chance of showers", "a 40 percent chance of rain", "the risk of
// flooding": what a forecast gives odds of, up to three words, not after "was" or "were" ("There
// was a chance of rain on Friday" tells of odds that were given), nor after a verb of inquiry
// ("investigating the possibility of arson on Friday", "ruled out the possibility of foul play")
// or "on" ("Shares fell on the threat of tariffs on Friday"): a day gone by weighed, not a forecast.
const ODDS_NOUN = 'chance|chances|risk|threat|possibility|prospect';
const INQUIRY = String.raw`investigat\w*|examin\w*|explor\w*|consider(?:s|ed|ing)?|prob(?:e|es|ed|ing)|rul\w*\s+out|look\w*\s+(?:at|into)`;
const ODDS_OF = String.raw`(?<!\b(?:was|were|been|on|${INQUIRY})\s+)\b(?:a|an|the|some)\s+(?:[\w%-]+\s+){0,2}(?:${ODDS_NOUN})\s+of(?:\s+[a-z]+){1,3}`;
// A weekday and its part of the day told before "into" the one the words run on to ("possible
// Thursday night into Friday").
const RUNS_INTO = String.raw`(?:\s+(?:late\s+|early\s+|overnight\s+)?${WEEKDAY_PATTERN}(?:\s+(?:${PART_OF_DAY_SOURCE}))?\s+into)?`;
// What may stand between the odds and the day: a preposition of time, "overnight", "late",
// "early", "again" or "later".
const DAY_LEAD = String.raw`(?:\s+(?:on|for|into|from|through|thru|by|overnight|later|again|late|early))*`;
const LIKELIHOOD_BEFORE = new RegExp(
  String.raw`(?:${PRESENT_LIKELY}|${ODDS_OF})${RUNS_INTO}${DAY_LEAD}\s+$`,
  'i',
);

/**
 * Whether the words before a weekday end in a forecast's odds for it: "Snow is possible Thursday
 * night", "Showers are likely on Friday", "There is a chance of snow on Friday", "a risk of
 * flooding into Sunday morning", "Frost is possible Thursday night into Friday". Odds are given
 * for what is to come, so the weekday is the coming one (a headline's or a forecast's present read
 * it as the one gone by). Not odds told in the past ("There was a chance of rain on Friday"), nor
 * a likelihood with other words between it and the day ("It is possible the fire started on
 * Friday").
 *
 * @example oddsForWeekday('More snow is possible ', 'on Friday') // true
 */
export function oddsForWeekday(before: string, mention: string): boolean {
  return WEEKDAY_MENTION.test(mention) && LIKELIHOOD_BEFORE.test(before);
}
