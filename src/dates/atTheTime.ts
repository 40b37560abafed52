import { REGULAR_PAST } from './regularPast.ts';

// Participles that name a time fixed by someone, "at the time set", "at the time prescribed by a
// doctor": a set hour, not the time a story tells of.
const SET_PARTICIPLE =
  'set|fixed|agreed|appointed|scheduled|stated|specified|prescribed|allotted|allowed|shown|indicated|requested';
// A clause that tells which time, opened by a subject with its article and closed by its verb, an
// auxiliary, a verb in -ed or -s or one of a happening: "at the time the shots were fired", "at
// the time the plane crashed", "at the time the doors close".
const WHICH_TIME_CLAUSE = String.raw`(?:the|a|an|his|her|its|their)\s+(?:[\w'’-]+\s+){1,2}?(?:were|are|had|have|did|do|would|could|will|can|${REGULAR_PAST}|[a-z]+s|close|open|start|end|begin|arrive|leave|happen|occur|come|go)`;

/**
 * "the time" of "at the time", the time a story has been telling of: "At the time, few people
 * expected the conflict to spread", "saying at the time he was innocent". TimeML marks the two
 * words as a time gone by (`PAST_REF`, anchored where the story stands), as TimeBank does; the news
 * reading leaves them, since they put nothing new on the calendar. A regular expression whose match
 * is "the time", to stand among the expressions only TimeML marks.
 *
 * Only after "at", and not after "look" ("Look at the time"): not "the time of" an event named
 * after it ("at the time of its founding", "at the time of writing"), which the annotators leave
 * unmarked, nor "the time when" a clause tells, nor a time told by what follows it, a set time
 * ("at the time prescribed by a doctor") or a clause with its own subject ("at the time the shots
 * were fired"), nor a time still to come in a sentence that says "will" before it ("He will be 60
 * at the time"). "said at the time that …" is the past still: "that" opens what was said.
 *
 * @example 'At the time, few people expected it'.match(AT_THE_TIME)?.[0] // 'the time'
 */
export const AT_THE_TIME = new RegExp(
  `(?<!\\b(?:will|'ll|’ll|shall)\\b[^.!?;]*)(?<=(?<!\\blook(?:s|ed|ing)?\\s+)\\bat\\s+)the\\s+time\\b(?!\\s+(?:of|when|(?:${SET_PARTICIPLE})|${WHICH_TIME_CLAUSE})\\b)`,
  'gi',
);
