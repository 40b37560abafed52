import { VERB_AFTER_SINCE_DAY } from './verbAfterSinceDay.ts';

// "since its debut on", "since the ceasefire on", "since his arrest last Friday on": "since", an
// owner or article, at most two words naming the occasion and "on" right before the day. A word
// that is a finite verb ("since the vote falls on") makes "since" mean "because", as a verb right
// after the day does (VERB_AFTER_SINCE_DAY).
const CLAUSE_VERB = String.raw`${VERB_AFTER_SINCE_DAY}|falls|comes|came|takes|took|begins|began|starts|started|opens|opened|happens|lands|ends|is\s+due`;
const SINCE_OCCASION_ON = new RegExp(
  String.raw`\bsince\s+(?:its|his|her|their|the|our|my|your|a|an)\s+(?:(?!(?:${CLAUSE_VERB})\b)[A-Za-z][\w'’.-]*\s+){1,2}on\s+$`,
  'i',
);
// What may follow the day when "since" counts from it: the clause's end, or a place or a time
// it was at ("since its debut on Jan. 1 in Frankfurt"); a verb there ("Since the ceremony on
// Jan. 3 requires tight security") makes the day's occasion a subject and "since" "because".
const DAY_CLAUSE_ENDS = /^(?:\s*(?:[,.;:!?)"”’—–]|$)|\s+(?:in|at|and|after|when)\b)/;

/**
 * Whether the words before a day and month name an occasion "since" counts from ("Since its
 * debut on Jan. 1, the euro has fallen", said on 29 December 1999): the occasion, and with it
 * the day, lies before publication, however near the next such day is, as after a bare "since"
 * ("since Jan. 1"), when the clause ends after the day (`after`, the text right after it).
 */
export function isSinceOccasionOnDay(words: string, after: string): boolean {
  return SINCE_OCCASION_ON.test(words) && DAY_CLAUSE_ENDS.test(after);
}
