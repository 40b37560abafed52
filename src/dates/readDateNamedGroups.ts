import { claimedWords } from './claimedWords.ts';
import { MONTH_WORD_LOOSE_SOURCE } from './monthNames.ts';
import type { Pass } from './Reading.ts';

// A day of a month, either way round ("November 17", "17 November", "Nov. 17", "April 19th"),
// right before the noun of a group, with at most one word of its kind between ("guerrilla",
// "terrorist", "urban guerrilla"): "the November 17 guerrilla group", "the 17 November
// organisation", "the April 19 Movement". The day names the group, as "Black September" does;
// not a group's sitting or stage ("the Jan. 15 group meeting", "the March 3 group stage"). The
// name takes "the" or an owner before it: after "on" or "by" the day is a date ("On Sept. 12
// militant group Hamas claimed…", "By Dec. 31 group members must file"). Before a noun of a
// group's trade the day is a date too: "the airline's Dec. 18 group booking deadline", "the
// museum's Dec. 3 group tours".
const DAY_OF_MONTH = String.raw`(?:${MONTH_WORD_LOOSE_SOURCE}\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_WORD_LOOSE_SOURCE})`;
const GROUP_KIND = String.raw`(?:(?:urban\s+)?guerrillas?|terrorists?|militants?|rebels?|revolutionary|extremists?|leftist|Marxist|radical)`;
const GROUP_TRADE = String.raw`(?:bookings?|fares?|rates?|discounts?|tickets?|tours?|travel|trips?|visits?|sales|orders?|deadlines?)`;
const DATE_NAMED_GROUP = new RegExp(
  String.raw`(?<=\b(?:the|[A-Za-z]+['’]s)\s+)${DAY_OF_MONTH}(?=\s+(?:${GROUP_KIND}\s+)?(?:group|movement|organi[sz]ation)\b(?!\s+(?:meetings?|sessions?|stages?|photos?|discussions?|interviews?|talks?|${GROUP_TRADE})\b))`,
  'gi',
);

/**
 * "The November 17 guerrilla group claimed responsibility", "Members of the 17 November group
 * have never been arrested": a day of a month that names a group is no date, in either reading,
 * so its words are claimed and give no mention. Only before "group", "movement" or
 * "organization", at most a word of the group's kind between.
 */
export const readDateNamedGroups: Pass = (text) =>
  [...text.matchAll(DATE_NAMED_GROUP)].map((m) => claimedWords(m.index, m.index + m[0].length));
