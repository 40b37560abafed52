import { LAST_JOINED_TO_PLAN_LEAD } from './lastJoinedToPlanLead.ts';
import { MODALS } from './modals.ts';
import { NUMBER_SOURCE } from './readNumber.ts';

// "The trial is expected to last three weeks", "outages could last several days", "it'll last
// days", "won't last long", "didn't last two weeks": after "to", a modal or "not" (or its
// contraction, or "'ll"), "last" before a count (or a bare "weeks") is the verb of lasting and
// what follows is how long, not "the last three weeks". Lower case only, so "since May last year"
// keeps its month; "compared to last year", "as it did last week" and "compared to last 12 months"
// stay. A "last" joined by "and" to such a verb is one too (LAST_JOINED_TO_PLAN_LEAD).
// "Symptoms typically last seven to 10 days", "Colds generally last a week": an adverb of how
// often or how usually, as health copy tells the course of an illness, makes "last" before a count
// the verb too, with no modal before it.
const USUALLY = 'usually|typically|generally|normally|often|commonly|rarely|seldom|sometimes';
const LAST_VERB_LEAD = `(?:(?<!\\b(?:compared|relative|up)\\s+)\\b(?:to|${MODALS}|cannot|not|${USUALLY})|n['’]t|['’]ll|${LAST_JOINED_TO_PLAN_LEAD})\\s+(?:[a-z]+ly\\s+)?`;
const HOW_LONG_AFTER = `(?=\\s+(?:(?:${NUMBER_SOURCE}|several|a few|an?|another|about|nearly|almost|more than|less than|at least|up to|only|just|over|into|through|until|beyond)\\s|(?:minutes|hours|days|weeks|months|years|decades)\\b))`;

/** Every "last" that is the verb of lasting. */
export const LAST_AS_VERB = new RegExp(`(?<=${LAST_VERB_LEAD})last${HOW_LONG_AFTER}`, 'g');

/** The verb "last" with the word that makes it one, a regular expression's source. */
export const LAST_VERB_SOURCE = `${LAST_VERB_LEAD}last`;

/** Whether the text before a count ends with the verb "last" ("expected to last "). */
export const LAST_VERB_BEFORE = new RegExp(`${LAST_VERB_LEAD}last\\s+$`);
