import { claimedWords } from './claimedWords.ts';
import { dayOfOrdinalWords } from './dayOrdinalWords.ts';
import {
  MONTH_NAME_CAPITALISED_SOURCE,
  MONTH_NAMES,
  MONTH_WORD_LOOSE_SOURCE,
} from './monthNames.ts';
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
// What a camp of parties or a coalition of armies does on a day, named after its word: "the
// January 17 coalition bombing", "the Oct. 12 coalition vote", "the Feb. 20 coalition agreement".
const CAMP_DEED = String.raw`(?:votes?|voting|elections?|agreements?|deals?|accords?|pacts?|bombings?|attacks?|strikes?|air\s+strikes?|raids?|offensives?|invasions?|assaults?|operations?|march(?:es)?|rall(?:y|ies)|protests?|demonstrations?|congress(?:es)?|summits?|conferences?|conventions?|negotiations?|announcements?|statements?|declarations?|ultimatums?|campaigns?)`;
// What a group holds or sells on a day, after its noun: "the November 17 group meeting", "the
// March 8 coalition talks" name a day, not a group.
const SITTING_OR_TRADE = String.raw`(?:meetings?|sessions?|stages?|photos?|discussions?|interviews?|talks?|${GROUP_TRADE})`;
// A word of a group's kind or side may stand between "the" and the day too: "the radical November
// 17 group", "the pro-Syrian March 8 bloc". A camp of parties is named so as well: "the March 14
// alliance", "the March 8 coalition", but not before what it did on the day (review).
const DATE_NAMED_GROUP = new RegExp(
  String.raw`(?<=\b(?:the|[A-Za-z]+['’]s)\s+(?:(?:${GROUP_KIND}|(?:pro|anti)-[A-Za-z]+)\s+)?)${DAY_OF_MONTH}(?=\s+(?:${GROUP_KIND}\s+)?(?:(?:group|movement|organi[sz]ation)\b(?!\s+${SITTING_OR_TRADE}\b)|(?:alliance|coalition|bloc)\b(?!\s+(?:${SITTING_OR_TRADE}|${CAMP_DEED})\b)))`,
  'gi',
);
// The day named after the group's kind and noun, the month written out: "the extremist group
// November 17 has killed 23 people", "the Revolutionary Organization 17 November".
const MONTH_WRITTEN = `(?:${MONTH_NAMES.join('|')})`;
const GROUP_NAMED_DATE = new RegExp(
  String.raw`(?<=\b${GROUP_KIND}\s+(?:group|movement|organi[sz]ation)\s+)(?:${MONTH_WRITTEN}\s+\d{1,2}|\d{1,2}\s+${MONTH_WRITTEN})\b(?!,?\s+\d{4})`,
  'gi',
);
// A capitalised name of a movement with a word of its own between the day and the noun ("the April
// 6 Youth Movement"), or a day told in an ordinal word ("the May Fourth Movement").
const MONTH_TITLED = `(?:${MONTH_NAME_CAPITALISED_SOURCE})`;
const TITLED_DATE_NAME = new RegExp(
  String.raw`(?<=\b(?:the|[A-Za-z]+['’]s)\s+)${MONTH_TITLED}\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|(?<ordinal>[A-Z][a-z]+(?:-[A-Za-z]+)?))(?=\s+(?:Movement|Group|Organi[sz]ation|Alliance|Coalition)\b)`,
  'g',
);

/**
 * "The November 17 guerrilla group claimed responsibility", "Members of the 17 November group
 * have never been arrested", "the radical November 17 group", "the March 14 alliance", "the
 * extremist group November 17", "the April 6 Youth Movement", "the May Fourth Movement": a day of
 * a month that names a group is no date, in either reading, so its words are claimed and give no
 * mention. Only before "group", "movement", "organization", "alliance", "coalition" or "bloc", at
 * most a word of the group's kind between, or after a word of the group's kind and its noun.
 */
export const readDateNamedGroups: Pass = (text) =>
  [DATE_NAMED_GROUP, GROUP_NAMED_DATE, TITLED_DATE_NAME].flatMap((pattern) =>
    [...text.matchAll(pattern)]
      // "the March Madness Group": a word after the month names a day only as an ordinal.
      .filter((m) => !m.groups?.ordinal || dayOfOrdinalWords(m.groups.ordinal) !== undefined)
      .map((m) => claimedWords(m.index, m.index + m[0].length)),
  );
