import { endsInPastFeat } from './endsInPastFeat.ts';
import { FIXTURES_COUNTED_BEFORE } from './fixturesCountedBefore.ts';
import { IRREGULAR_PAST, UNCHANGED_PAST } from './irregularPast.ts';
import { PAST_CHANGE_VERB } from './pastChangeVerb.ts';
import { PLAN_PARTICIPLES } from './planParticiples.ts';
import { NOT_SUPERLATIVE } from './notSuperlative.ts';
import { NUMBER_SOURCE } from './readNumber.ts';
import { REGULAR_PAST } from './regularPast.ts';
import { STOPS_COUNTED_BEFORE } from './stopsCountedBefore.ts';
import { tenseAround } from './tenseAround.ts';
import { CAPITALISED } from './capitalised.ts';

// The particles of a phrasal verb before "in": "touched down", "sold out", "broke up".
const PARTICLE = 'down|up|out|off|away|over|back';
// "the hottest day in 50 years", "its lowest level in a decade", "the first time in 20 years": a
// superlative before the count measures back from now whatever the tense (NOT_SUPERLATIVE keeps
// out the nouns in "-est").
// A word of the superlative's phrase: not a modal, after which the superlative is the subject of
// a plan ("The best player will return in two weeks" returns two weeks on).
const PHRASE_WORD = String.raw`\s+(?!(?:will|would|could|should|must|may|might|can|shall)\b)[a-z'’-]+`;
// "the deadliest crash in the area in a decade", "the biggest drop on Wall Street in two years":
// where the superlative holds, in a phrase of place after its noun. A second word of the place
// only if it is capitalized as a name's is ("Wall Street", "New York"): "The oldest church in town
// reopens in two weeks" has its verb there, and the count is a date ahead.
const PLACE_AFTER_NOUN = String.raw`(?:\s+(?:in|on|at|across|along)\s+(?:the\s+)?[a-z'’-]+(?:\s+(?<nameWord>[a-z'’-]+))?)?`;
const SUPERLATIVE = new RegExp(
  `\\b(?:the|its|their|his|her|our|a)\\s+${NOT_SUPERLATIVE}(?:[a-z]+est|most\\s+[a-z]+|least\\s+[a-z]+|first|best|worst|only)(?:${PHRASE_WORD}){1,3}${PLACE_AFTER_NOUN}\\s+$`,
  'i',
);
/** Whether `clause` ends in a superlative and its noun, any second word of its place a name's. */
function endsInSuperlative(clause: string): boolean {
  const m = SUPERLATIVE.exec(clause);
  if (!m) return false;
  const nameWord = m.groups?.nameWord;
  return nameWord === undefined || CAPITALISED.test(nameWord);
}
// "the coldest in 72 years", "its worst in a decade", "the most in 30 years": the superlative with
// its noun left unsaid, the count right after it. A possessive or "the" only, not "a" ("a priest
// in two weeks"), and only a word that is a superlative by its form. Not "at the earliest", "at
// the soonest", "at the latest": a bound on when, the count after it a date ahead.
const SUPERLATIVE_ALONE = new RegExp(
  `(?<!\\bat\\s+)\\b(?:the|its|their|his|her|our)\\s+${NOT_SUPERLATIVE}(?:[a-z]+est|most|least|fewest|best|worst|first)\\s+$`,
  'i',
);
// "rose 5% in a week", "sold 2,050 units in a day", "scored three goals in 10 minutes", "dumped 2
// feet of snow in 48 hours", "dropped a foot of rain in 12 hours", "struck twice in 10 minutes": a
// figure, in digits or words, right before "in" (with up to two words naming what was counted, an
// "of" and its noun for what was measured, and "a" or "per" and a unit for a rate: "30 cents a
// gallon"; "a" or "an" only as the measure before such an "of").
// "Five people were killed in 24 hours", "Three people died in two days", "Two tornadoes touched
// down in 30 minutes": the counted thing may be the subject of what happened, its past verb (with
// "was", "had been" …, an adverb, a particle) after it; the tense of the clause is checked after.
// "About 200 jobs were cut in two years": after "was", "had" … a verb whose past is written as its
// present is past too.
const FIGURE_BEFORE = new RegExp(
  `(\\$?\\d[\\d,.]*\\s*(?:%|percent|per cent)?|\\b(?:half|twice|thrice)|\\ban?(?=\\s+[a-z]+\\s+of\\s+[a-z]+\\s+$)|\\b(?!(?:an?|single)\\b)${NUMBER_SOURCE})` +
    `((?:\\s+[a-z]+){0,2})(?:\\s+of\\s+[a-z]+)?(?:\\s+(?:a|an|per)\\s+[a-z]+)?` +
    `(?:(?:\\s+(?:was|were|had|have|has|been))*(?:\\s+[a-z]+ly)?\\s+(?:${REGULAR_PAST}|${IRREGULAR_PAST}|(?<=\\b(?:was|were|been|had|have|has)\\s+)(?:${UNCHANGED_PAST}))(?:\\s+(?:${PARTICLE}))?)?\\s+$`,
  'i',
);
// "cut rates twice in six months", "met three times in two weeks", "will raise rates twice in a
// year": how often within the count, never a date the count ahead, whatever the tense.
const TIMES_BEFORE = new RegExp(
  `\\b(?:once|twice|thrice|(?!(?:an?|single)\\b)${NUMBER_SOURCE}\\s+times)\\s+$`,
  'i',
);
// "has not seen such drought in 1,200 years", "hasn't won the league in 30 years", "Nothing like
// it has happened in a decade": a perfect denied over the count measures back from now, as a
// superlative does. Only its verb and a short object (three words at most) stand before "in"; not
// "ruled out" or "excluded", nor a thing to come in the object ("has not ruled out a rate hike in
// two months" is a hike ahead).
const DENIED_OBJECT =
  "(?:\\s+(?!(?:hikes?|cuts?|elections?|votes?|talks|referendums?|polls?)\\b)[\\w'’-]+){0,3}\\s+$";
const DENIED_PERFECT = new RegExp(
  `\\b(?:has|have|had)(?:\\s+not|n['’]t|\\s+never)\\s+(?!(?:ruled|excluded)\\b)(?:been\\s+)?[a-z]+${DENIED_OBJECT}|\\b(?:nothing|nobody|no\\s+one|none|no)\\b(?:\\s+[\\w'’-]+){0,4}?\\s+(?:has|have|had)\\s+(?:[a-z]+ly\\s+)?(?:been|${REGULAR_PAST}|[a-z]+en|won|lost|met|had|seen|done)\\b${DENIED_OBJECT}`,
  'i',
);
// "sold out in 35 minutes", "broke up in an hour": a past verb and its particle right before
// "in", what they tell took the count; not a plan's participle ("expected back in a week"). A bare
// past verb is left to the figure and change rules ("The Fantastic Four opened in two weeks").
const PAST_VERB_BEFORE = new RegExp(
  `\\b(?!(?:${PLAN_PARTICIPLES})\\b)(?:${REGULAR_PAST}|${IRREGULAR_PAST})\\s+(?:${PARTICLE})\\s+$`,
  'i',
);
// "Rates were cut in two years", "The plant was closed in six months", "Prices had been slashed in
// a week": a past passive right before "in" with no figure, what it tells took the count; not a
// plan's participle ("was expected in a week", "was scheduled in two years").
const PAST_PASSIVE_BEFORE = new RegExp(
  `\\b(?:was|were|had\\s+been)(?:\\s+[a-z]+ly)?\\s+(?!(?:${PLAN_PARTICIPLES})\\b)(?:${REGULAR_PAST}|${IRREGULAR_PAST}|${UNCHANGED_PAST})\\s+$`,
  'i',
);
// "with three more in a week", "another three in seven days", "two more follow in a week": more
// of a count to come, a date ahead, not how long the first took.
const MORE_WORD = 'more|another|other|others|next|remaining';
const MORE_BEFORE = new RegExp(`\\b(?:with|${MORE_WORD})\\s+$`, 'i');
const MORE_AFTER = new RegExp(`^\\s+(?:${MORE_WORD})\\b`, 'i');
// A sentence opens before the figure: only there is a count in words written with a capital.
const SENTENCE_OPENS = /(?:^|[.!?]["'”’)]*\s+)$/;

/**
 * Whether `clause`, which ends `text` at `at`, ends in a figure counting what took the count of
 * time after "in": not more of it to come, and a count in words lowercase unless a sentence opens
 * with it ("The Fantastic Four opened in two weeks" names a film, not four things that opened).
 */
function endsInFigure(text: string, clause: string, at: number): boolean {
  const m = FIGURE_BEFORE.exec(clause);
  if (!m) return false;
  const [, figure = '', counted = ''] = m;
  const before = text.slice(0, at - clause.length + m.index);
  if (MORE_BEFORE.test(before) || MORE_AFTER.test(counted)) {
    return false;
  }
  return !/^[A-Z][a-z]/.test(figure) || SENTENCE_OPENS.test(before);
}

// "doubled in two years", "fell sharply in a month": a past verb of change right before "in".
const CHANGE_BEFORE = new RegExp(`\\b(?:${PAST_CHANGE_VERB})(?:\\s+[a-z]+ly)?\\s+$`, 'i');
// "is up 20%", "are down 3%": the state a change left, measured over the count in any tense.
const UP_OR_DOWN =
  /\b(?:up|down|higher|lower)\s+\$?\d[\d,.]*\s*(?:%|percent|per cent)?(?:\s+[a-z]+){0,2}\s+$/i;
const TIME_TO_COME = /['’]s?\s+time$/i;
const TIME_TO_COME_AFTER = /^['’]s?\s+time\b/i;
// Anything of a plan between the verb and the count keeps it a date ahead: "to" + verb, a modal,
// "expected", "likely", "due", "set to" …
const PLAN =
  /\b(?:to\s+[a-z]+|will|would|could|should|must|may|might|can|shall|expected|expects|likely|due|set|plans?|planned|hopes?|hoped|aims?|aimed|promise[sd]?|pledge[sd]?|vow(?:s|ed)?|targets?|targeted)\b/i;
// … and so does a present verb or "-ing" after be ("is closing the plant in two years").
const PRESENT = /\b(?:is|are|am|'s)\b|\b(?:is|are|am|was|were|be)\s+[a-z]+ing\b/i;
// The clause the count sits in: back to the last sentence or clause break, "that" or a reporting
// verb.
const CLAUSE_MARK = '[.;:!?]|\\bthat\\b|\\b(?:said|says|told|warned|added)\\b';
const CLAUSE_START = new RegExp(`(?:${CLAUSE_MARK})(?![\\s\\S]*(?:${CLAUSE_MARK}))`, 'i');

/**
 * Whether a count after "in" at `at` ("in a week") is how long something took, a duration, rather
 * than a date ahead of publication: after a superlative ("the hottest day in 50 years"), or after a
 * figure or verb of change ("rose 5% in a week", "doubled in two years") that a past or perfect
 * verb governs with nothing of a plan between, or after "up"/"down" and a figure ("is up 20%"),
 * or after a deed told in the past and its object ("rowed across the Atlantic in 54 days").
 */
export function isLengthAfterIn(text: string, at: number, end: number): boolean {
  // "one in two weeks' time": a time to come, never how long something took.
  if (TIME_TO_COME.test(text.slice(at, end)) || TIME_TO_COME_AFTER.test(text.slice(end))) {
    return false;
  }
  const before = text.slice(Math.max(0, at - 80), at);
  const cut = CLAUSE_START.exec(before);
  const clause = cut ? before.slice(cut.index + cut[0].length) : before;
  if (
    endsInSuperlative(clause) ||
    SUPERLATIVE_ALONE.test(clause) ||
    TIMES_BEFORE.test(clause) ||
    FIXTURES_COUNTED_BEFORE.test(clause) ||
    STOPS_COUNTED_BEFORE.test(clause)
  )
    return true;
  if (PLAN.test(clause)) return false;
  if (UP_OR_DOWN.test(clause) || DENIED_PERFECT.test(clause)) return true;
  if (PRESENT.test(clause)) return false;
  if (
    !endsInFigure(text, clause, at) &&
    !CHANGE_BEFORE.test(clause) &&
    !PAST_VERB_BEFORE.test(clause) &&
    !PAST_PASSIVE_BEFORE.test(clause) &&
    !endsInPastFeat(clause)
  )
    return false;
  return tenseAround(text, at, end) === 'past';
}
