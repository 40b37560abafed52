import { BE_OR_HAVE } from './beOrHave.ts';
import { CLOCK_ZONE } from './clockZone.ts';
import { PART_OF_DAY_SOURCE } from './partOfDay.ts';
import { PARENTHETICAL_REPORTING_VERBS } from './reportingVerbs.ts';
import { WEEKDAY_CAPITALISED_SOURCE } from './weekdayNames.ts';

// Words a weekday takes after it as part of the same time: a range or list goes on ("to", "and"),
// a part of its day or a week follows ("night", "week"), a place or zone is named ("in", "local
// time"), a clause joined to it goes on ("until 9 a.m. Tuesday when crews finish", "unless",
// "while", "as"). After a clock that already has its day, any other word after the next weekday
// opens a new sentence.
const SAME_TIME_AFTER = `(?:to|until|till|through|thru|and|or|at|in|on|from|for|by|with|after|before|${PART_OF_DAY_SOURCE}|noon|midnight|midday|week|next|last|this|local|time|when|while|unless|as|because|if|so|once|then|though|although|but|${CLOCK_ZONE})\\b`;

// A weekday after the clock that one to four words and a verb of saying close ("until 6 a.m.
// Monday police said.", "Monday the ministry said,"): the saying is told of the whole sentence, and
// the weekday stays the clock's day. A passive's "were announced" is a new sentence's verb ("Tuesday
// the results were announced"), so no form of "be" or "have" is among the words.
const SAID_AFTER = String.raw`(?:(?!(?:${BE_OR_HAVE})\b)[A-Za-z][\w'’-]*\s+){1,4}(?:${[...PARENTHETICAL_REPORTING_VERBS, 'say'].join('|')})\s*(?:[.,;:!?]|$)`;
// A clock with its dotted "a.m." or "p.m.", and its zone with the zone's stop if any.
const CLOCK_SOURCE = String.raw`\d{1,2}(?:[:.]\d{2})?\s*[ap]\.m\.(?:\s+${CLOCK_ZONE}\.)?`;
// The clock and weekday before the words: only the end of a range ("Saturday until 6 a.m. Monday")
// has a second weekday of its own; after "at" the clock's day is the first ("The talks ended Friday
// at 5 p.m. Monday the union replied"), and the weekday after it opens the next sentence.
const RANGE_END_BEFORE = String.raw`(?<=\b(?:until|till)\s+${CLOCK_SOURCE}\s(?:${WEEKDAY_CAPITALISED_SOURCE})\s+)`;

// A part of the weekday's day and then a subject that opens a clause of its own ("Friday at 5 p.m.
// Monday night the union voted", "Monday morning it reopened"): the weekday and its part are a time
// of the next sentence. Not a verb of saying's subject ("Monday morning the army said"), nor the end
// of a range, whose part of the day is the clock's ("Friday until 2 a.m. Saturday morning the council
// decided"): only a clock told with "at", which has its day already.
const SUBJECT_AFTER_PART = String.raw`(?<=\bat\s+${CLOCK_SOURCE}\s(?:${WEEKDAY_CAPITALISED_SOURCE}))\s+(?:${PART_OF_DAY_SOURCE})\s+(?!${SAID_AFTER})(?:the|a|an|it|he|she|they|we|its|his|her|their)\s+[a-z]`;

// A pronoun that opens a new sentence's subject after the weekdays ("Sunday it opens", "Saturday
// there is a parade").
const SUBJECT_PRONOUN = '(?:it|he|she|they|we|there)';
// A weekday, then such a subject and a word of its clause: not a subject that a verb of saying
// closes ("Sunday they said").
const WEEKDAY_WITH_SUBJECT = String.raw`(?:${WEEKDAY_CAPITALISED_SOURCE})\s+(?!${SAID_AFTER})${SUBJECT_PRONOUN}\s+[a-z]`;
// Two weekdays joined by "and" and then a subject of their own that opens a clause ("Friday at 9
// a.m. Saturday and Sunday it opens at 10"): the days of the next sentence, not the clock's; not a
// subject that a verb of saying closes ("Saturday and Sunday they said").
const DAYS_SUBJECT_AFTER = String.raw`\s+and\s+${WEEKDAY_WITH_SUBJECT}`;

/**
 * The space after a clock's dotted "a.m." or "p.m." that ends a sentence, where the clock already
 * has its weekday before it and a weekday opens the next sentence: "The museum is open Saturday,
 * from 10 a.m. Sunday hours are shorter", "The library opens Tuesday at 9 a.m. Wednesday it will
 * stay closed", "Trading resumed Monday at 9:30 a.m. Tuesday's session was calmer", or after the
 * clock's zone and its stop ("Trading stopped Friday at 4 p.m. EST. Monday it resumes"). chrono
 * read the clock on the next sentence's weekday (and "Tuesday at 9 a.m. Wednesday" as one time on
 * Wednesday); maskForChrono writes the space as ";", and each is read on its own. Not a clock
 * without a day before it ("The talks resume at 10 a.m. Monday"), nor a weekday that goes on with
 * the same time ("open Monday until 8 p.m. Tuesday in most states"), though a weekday's part of
 * the day before a new subject opens the next sentence ("Friday at 5 p.m. Monday night the union
 * voted"), nor one a subject and a verb of saying close ("The curfew runs Saturday until 6
 * a.m. Monday police said"), nor one after a comma or at the end. Global, for masking every one in
 * a text.
 *
 * @example 'Tuesday at 9 a.m. Wednesday it'.replace(CLOCK_ENDS_SENTENCE, ';') // 'Tuesday at 9 a.m.;Wednesday it'
 */
export const CLOCK_ENDS_SENTENCE = new RegExp(
  String.raw`(?<=\b(?:${WEEKDAY_CAPITALISED_SOURCE}),?\s+(?:at|from|by|until|till)\s+${CLOCK_SOURCE})\s(?=(?:${WEEKDAY_CAPITALISED_SOURCE})(?:['’]s\b|\s+(?!${SAME_TIME_AFTER}|${RANGE_END_BEFORE}${SAID_AFTER})[A-Za-z]|${SUBJECT_AFTER_PART}|${DAYS_SUBJECT_AFTER}))`,
  'g',
);

// Noon or midday after "at", "until" or "till" and a weekday, then a weekday with a subject of its
// own and its verb ("The fair opens Friday at noon Saturday there is a parade", "open Saturday
// until noon Sunday it is closed"): only so clear, as "suspended trading Tuesday from noon
// Wednesday pending an announcement" and "until noon Sunday police said" are one time.
export const NOON_ENDS_SENTENCE = new RegExp(
  String.raw`(?<=\b(?:${WEEKDAY_CAPITALISED_SOURCE}),?\s+(?:at|until|till)\s+(?:noon|midday))\s(?=${WEEKDAY_WITH_SUBJECT})`,
  'g',
);

/**
 * The space after a clock's zone and its stop where a capital opens the next sentence: "The market
 * closed at 4 p.m. EST. Tomorrow, the Treasury sells bills", "Bids were due at 1 p.m. EDT.
 * Yesterday, the Fed added reserves". A zone is not abbreviated with a stop, so the stop ends the
 * sentence; joinRanges joined the clock to the next sentence's day word ("4 p.m. EST. Tomorrow"
 * as one time on the morrow), and now leaves each to be read on its own
 * (clockEndsSentenceBetween). Not a zone without its stop ("at 1 p.m. EST tomorrow"), nor a
 * lower-case word after the stop. Global, for finding every one in a text.
 *
 * @example 'at 4 p.m. EST. Tomorrow, the'.replace(ZONE_STOP_ENDS_SENTENCE, ';') // 'at 4 p.m. EST.;Tomorrow, the'
 */
export const ZONE_STOP_ENDS_SENTENCE = new RegExp(
  String.raw`(?<=\b\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.m\.\s+|[ap]m\s+|\s)${CLOCK_ZONE}\.)\s+(?=[A-Z])`,
  'g',
);

// Each pattern again, tried at one offset at a time by `clockEndsSentenceBetween` (sticky copies
// of their own, so that the offset it sets is no one else's). Their lookbehinds still see the
// words before that offset and their lookaheads the words after `to`, so a match tried at an
// offset is the one that searching the whole text finds there.
const ENDS_AT = [CLOCK_ENDS_SENTENCE, NOON_ENDS_SENTENCE, ZONE_STOP_ENDS_SENTENCE].map(
  (pattern) => new RegExp(pattern.source, 'y'),
);

/**
 * Whether a sentence ends after a clock (CLOCK_ENDS_SENTENCE, NOON_ENDS_SENTENCE,
 * ZONE_STOP_ENDS_SENTENCE) between `from` and `to` of `text`: the clock before and the weekday
 * after are then no one time, whatever else joins them. Each pattern is tried only at the offsets
 * from `from` up to `to`, never on to the end of the text when no sentence ends there.
 */
export function clockEndsSentenceBetween(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    if (ENDS_AT.some((pattern) => endsAt(pattern, text, at))) return true;
  }
  return false;
}

function endsAt(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}
