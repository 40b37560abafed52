import { DETERMINER } from './determiner.ts';
import { UNCHANGED_PAST } from './irregularPast.ts';
import { MODALS } from './modals.ts';
import { WEEKDAY_PATTERN } from './weekdayNames.ts';

// A single weekday, as the mention holds it ("Tuesday", "on Tuesday", "Tuesday night"): not a
// plural, which tells a habit ("on Tuesdays set the agenda").
const WEEKDAY_MENTION = new RegExp(
  `^(?:on\\s+|early\\s+|late\\s+)?${WEEKDAY_PATTERN}(?:\\s+(?:night|morning|afternoon|evening))?$`,
  'i',
);
// Wire copy's day between the subject and its verb: "The court on Tuesday night", "NATO late
// Monday", "The Florida Supreme Court Tuesday": a word of the subject (a noun, a name or an
// abbreviation), then "on", "early" or "late" or nothing, up to the weekday.
const SUBJECT_THEN_DAY = /[\w.’']\s+(?:(?:on|early|late)\s+)?$/i;
// A modal, "to", "will" or a word that opens a condition or a habit in the clause before the day:
// "The court will on Tuesday set a deadline", "agreed to on Monday put", "If the court on Tuesday
// sets", "every Tuesday" are no deed told.
const NOT_A_DEED_BEFORE = new RegExp(
  String.raw`\b(?:${MODALS}|won['’]t|to|if|unless|when|whenever|every|each|usually|often)\b|['’]ll\b`,
  'i',
);
// The day part the mention may leave out, the verb whose past is its present, and the start of its
// object or particle: "set a deadline", "cut its forecast", "put off the vote", "hit Belgrade".
const UNCHANGED_VERB_AFTER = new RegExp(
  String.raw`^(?:\s+(?:night|morning|afternoon|evening))?\s+(?:${UNCHANGED_PAST})\s+(?:${DETERMINER}|up|out|off|aside|down|back|[A-Z][\w.’'-]*|[\w-]+['’]s|\$?\d)(?=[\s,.;:])`,
);
// A plural subject, whose present is the verb's past too, with hours kept after the verb: "Polling
// stations on Sunday shut down at 8 p.m.", a schedule's present, not a deed done.
const PLURAL_SUBJECT_BEFORE = /[a-z][^s'’\s]s\s+(?:(?:on|early|late)\s+)?$/;
const HOURS_AFTER = new RegExp(
  String.raw`^(?:\s+(?:night|morning|afternoon|evening))?\s+(?:${UNCHANGED_PAST})(?:\s+(?:up|down|off|out))?\s+(?:at|by|until)\s+(?:\d|noon\b|midnight\b)`,
);
// The sentence before the day, and no more: the clause runs back to its last stop, semicolon or
// colon.
const REACH = 100;

/**
 * Whether the weekday at `start`..`end` stands between a subject and a verb whose past is written
 * as its present, with the verb's object after it, as wire copy puts the day of a deed: "The
 * Florida Supreme Court on Tuesday night set a deadline of 5 p.m. Sunday", said on Wednesday 22
 * November 2000, tells a deed done the Tuesday gone by (`2000-11-21TNI`), however much "deadline"
 * looks ahead; so "NATO late Monday cut its forecast", "The Fed on Tuesday put off the vote". A
 * present of a schedule with a singular subject would be "sets", and a plan "will set".
 *
 * Not a day after a modal, "will", "to" or a condition in its clause ("The court will on Tuesday
 * set a deadline", "If the court on Tuesday sets"), nor a habit ("Every Tuesday the board sets the
 * agenda"), nor a verb with no object after it, nor a plural subject's hours ("Polling stations on
 * Sunday shut down at 8 p.m.": a present of a schedule).
 *
 * @example isDayBeforeUnchangedPast('The court on Tuesday set a deadline.', 13, 19) // true
 */
export function isDayBeforeUnchangedPast(text: string, start: number, end: number): boolean {
  if (!WEEKDAY_MENTION.test(text.slice(start, end))) return false;
  const lead = text.slice(Math.max(0, start - REACH), start);
  const clause = lead.slice(lead.search(/[^.!?;:]*$/));
  if (!SUBJECT_THEN_DAY.test(lead) || /^\s*$/.test(clause) || NOT_A_DEED_BEFORE.test(clause))
    return false;
  const after = text.slice(end, end + 60);
  if (PLURAL_SUBJECT_BEFORE.test(lead) && HOURS_AFTER.test(after)) return false;
  return UNCHANGED_VERB_AFTER.test(after);
}
