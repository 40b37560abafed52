import { MONTH_NAMES } from './monthNames.ts';
import { PREPOSITION } from './prepositionBeforeMay.ts';
import { WEEKDAY_PATTERN } from './weekdayNames.ts';

/** The months' names that are common first names ("April Ryan", "June Carter", "August Wilson"). */
export const FIRST_NAME_MONTH_SOURCE = 'April|June|August';

// A month's name that is a common first name ("May" has isPersonMay), a capitalised surname after
// it, and what follows a name: "'s" or a verb of saying ("August Wilson's play", "June Carter
// said", "April Ryan asked"). "A January Gallup poll" and "September Jobs Report Beats Forecasts"
// name no one; "April Fools' Day" is no surname; a comma follows headline nouns as well ("June
// Sales, Orders Rise").
// An apposition after the surname tells a name as well ("April Glaspie, the U.S. ambassador to
// Iraq, met Saddam Hussein", "June Smith, 45, was named president"), and so does a middle initial
// before it ("August A. Busch III, chairman of Anheuser-Busch Cos."), and so does a generational
// suffix after it ("August Busch III, chairman of Anheuser-Busch", "June Carter Jr. resigned").
const NAME_PAIR = new RegExp(
  String.raw`^(?:${FIRST_NAME_MONTH_SOURCE})\s+(?:[A-Z]\.\s+(?:Mc|Mac|O['’])?[A-Z][a-z]+|(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:,?\s+(?:[JS]r\.|(?:III|II|IV)\b)|['’]s\b|\s+(?:said|says|told|asked|wrote|added|tweeted|posted|noted|argued|insisted)\b|,\s+(?:the|an?|who)\s+\S|,\s+\d{2},))`,
);
// A word of the calendar after the month is no surname: "June Monday's vote", "April Fools' Day".
const CALENDAR_AFTER = new RegExp(
  `^\\S+\\s+(?:${MONTH_NAMES.join('|')}|${WEEKDAY_PATTERN}|day|days|holiday|quarter|half|fools)\\b`,
  'i',
);
// A numbered heading after the month is no surname before a suffix: "August Phase III results".
const NUMBERED_AFTER =
  /^\S+\s+(?:Phase|Stage|Part|Title|Chapter|Class|Level|Category|Round|Grade|Section|Book|Volume|Tier|Series|Model|Mark|War)\b/;
// A noun of figures after the month is no surname, whatever follows it: a headline's "June Sales,
// the Best in Years, Lift Ford's Hopes" and "August Orders, a Record, Rise" date the figures.
const FIGURES_AFTER =
  /^\S+\s+(?:Sales|Orders|Output|Profits?|Earnings|Prices|Starts|Jobs|Payrolls|Results|Figures|Data|Deficit|Surplus|Exports|Imports|Inflation|Spending|Trade|Report|Survey)\b/;
// Words that put a month after them, not a first name: an article or possessive ("An August
// Reuters/Ipsos poll", "Trump's April Liberation Day announcement", "her June Visit"), a word of
// the calendar ("last April", "early June") or a preposition ("After August Congress returned",
// "in August Congress").
const MONTH_WORD_BEFORE = new RegExp(
  `(?:\\b(?:a|an|the|his|her|their|its|our|my|your|this|last|next|early|late|mid|each|every|and|or|in|on|at|for|${PREPOSITION})|['’]s)\\s*[-\\s]$`,
  'i',
);

/**
 * Whether the month name at `start` is a person's first name: April, June or August with a
 * capitalised surname right after it that is followed by "'s" or a verb of saying ("Days after
 * August Wilson's play opened", "June Carter said on Monday", "April Ryan asked"), and no word
 * before it that takes a month ("After August Congress returned", "An August Reuters/Ipsos poll").
 *
 * @example isMonthAsFirstName('June Carter said on Monday.', 0) // true
 */
export function isMonthAsFirstName(text: string, start: number): boolean {
  const words = text.slice(start, start + 40);
  if (
    !NAME_PAIR.test(words) ||
    CALENDAR_AFTER.test(words) ||
    FIGURES_AFTER.test(words) ||
    NUMBERED_AFTER.test(words)
  )
    return false;
  return !MONTH_WORD_BEFORE.test(text.slice(Math.max(0, start - 14), start));
}
