import { VOTE_NOUN } from './voteNoun.ts';
import { VOTE_OUTCOME_NOUN } from './voteOutcomeNoun.ts';

// "Tuesday's primary", "Tuesday's midterms", "Thursday's by-election", "Tuesday's runoff": a
// weekday's possessive before a vote, with up to three words of its kind before the noun.
const VOTE_AFTER = new RegExp(
  String.raw`^['’]s\s+(?:[\w-]+\s+){0,3}?(?:${VOTE_NOUN}|midterms?)\b`,
  'i',
);

// A present verb of standing before a vote, as a headline or a story's lead tells it: "Smith
// faces Tuesday's primary", "Democrats brace for Tuesday's midterms", "Governor seeks a second
// term in Tuesday's primary", "Feinstein leads in polls for Tuesday's primary", "Voters head to
// the polls in Tuesday's midterms", "Both parties are pouring money into Tuesday's midterms".
// The verb stands in the clause that ends at the day, at most six words before it with no comma
// between ("Governor seeks a second term in Tuesday's primary"): not a verb earlier in the
// sentence ("Jones, who leads the county committee, is silent on Tuesday's primary").
const FACING_BEFORE =
  /\b(?:faces?|facing|brac(?:es?|ing)\s+for|seeks?|seeking|eyes|eyeing|trails?|trailing|leads?|leading|heads?|heading|hopes?\s+to|expects?\s+gains|pour(?:s|ing)?|campaigns?|campaigning|gears?\s+up|gearing\s+up)\s+(?:[\w'’-]+\s+){0,6}$/i;

// What came of a vote gone by, told in a headline's present too: "Jones wins Tuesday's runoff",
// "Democrats gain seats in Tuesday's midterms", "McCain suspends his campaign after Tuesday's
// primaries", "Turnout in Tuesday's primary".
const OUTCOME_BEFORE =
  /\b(?:wins?|won|loses?|lost|concedes?|conceded|gains?\s+(?:\w+\s+)?seats|suspends?|after|since|turnout|results?|defeat|victory|count(?:s|ing)?|certif(?:y|ies)|recount|upset)\b/i;

// What came of the vote, named after its noun or a few words on: "Tuesday's midterm losses",
// "Tuesday's primary returns", "Tuesday's election setback", "Tuesday's recount of the primary".
const OUTCOME_AFTER = new RegExp(
  String.raw`^['’]s\s+(?:[\w-]+\s+){0,4}?(?:${VOTE_OUTCOME_NOUN}|loss(?:es)?|setbacks?|defeats?|victor(?:y|ies)|upsets?|recount|rout|fallout|aftermath)\b`,
  'i',
);

/**
 * Whether a weekday's vote (`after`, opening with the day's "'s") is the coming one because the
 * sentence's words before it (`sentenceBefore`) stand before it in the present, as a headline or
 * a lead does: "Smith faces Tuesday's primary with a big lead", "Democrats brace for Tuesday's
 * midterms", said on Saturday 31 October 1998, are the Tuesday ahead (1998-11-03), where a day's
 * event is otherwise gone by. What came of the vote, told in the present as headlines tell the
 * past ("Jones wins Tuesday's runoff", "Democrats gain seats in Tuesday's midterms"), or named
 * after the vote ("Democrats face fallout from Tuesday's midterm losses"), stays gone by; the
 * caller reads a sentence told in the past as gone by too.
 *
 * @example voteFacedAhead('Smith faces ', "'s primary with a big lead.") // true
 */
export function voteFacedAhead(sentenceBefore: string, after: string): boolean {
  return (
    VOTE_AFTER.test(after) &&
    FACING_BEFORE.test(sentenceBefore) &&
    !OUTCOME_BEFORE.test(sentenceBefore) &&
    !OUTCOME_AFTER.test(after)
  );
}
