import { IRREGULAR_PAST } from './irregularPast.ts';
import { MONTH_WORD_SOURCE } from './monthNames.ts';
import { sentenceAround } from './tenseAround.ts';
import { WEEKDAY_PATTERN } from './weekdayNames.ts';

// "every Sunday in", "every weekend in", "every other Saturday in July and": a weekly set with
// "every", then "in" and the month, or the month before it in a pair of months.
// "on Thursdays during", "at weekends in": a plural weekday or "weekends" after "on" or "at" is
// as much a weekly set, and "during" takes the time as "in" does (a season read with its "the":
// "on Fridays during the summer"). Not "through", which ends a span on the calendar ("The pool is
// open on weekends through September": until this September).
const WEEKLY_SET_IN = new RegExp(
  `(?:\\bevery\\s+(?:other\\s+)?(?:${WEEKDAY_PATTERN}|weekend|weekday)s?|` +
    `\\b(?:on|at)\\s+(?:(?:${WEEKDAY_PATTERN})s|weekends|weekdays))` +
    `(?:\\s+(?:morning|afternoon|evening|night)s?)?\\s+(?:in|during)\\s+(?:(?:${MONTH_WORD_SOURCE})\\.?\\s+(?:and|or)\\s+)?$`,
  'i',
);
// What makes the month one to come or one gone by: a future or a plan ("will play every Sunday in
// July"), a past verb, regular or not ("was held every Sunday in July", "The council met every
// Monday in March"), or a year named; a participle after "is" or "are" is the present's ("The market
// is held every Saturday in December", "Bins are collected every other Monday in January").
const NOT_PRESENT = new RegExp(
  `\\b(?:will|shall|would|going\\s+to|plans?\\s+to|expected\\s+to|was|were)\\b|` +
    `(?<!\\b(?:is|are|be|been|being)\\s+)\\b(?:${IRREGULAR_PAST}|(?!hundred\\b)[a-z]+[^e\\W]ed)\\b|` +
    `['’]ll\\b|\\b(?:19|20)\\d\\d\\b|\\b(?:this|last|next)\\s+year\\b`,
  'i',
);

// A capitalised word in -ed opening the sentence before its noun is an adjective, no past: "Guided
// tours run on Sundays in the spring", "Licensed traders set up stalls every Saturday in June".
const OPENING_ADJECTIVE = /^\s*[A-Z][a-z]+ed\s+(?=[a-z])/;

/**
 * Whether a month right after a weekly set with "every" and "in" is the habit's, any year's:
 * "The carillon plays at noon every Sunday in July and August", said on 29 June 2026, is `XXXX-07`
 * and `XXXX-08` (both were read on the calendar, 2026-07 and 2026-08). So is a season, and a
 * plural weekday or "weekends" after "on" or "at" is as much a set, "during" as "in": "The farmers
 * market opens on Saturdays during the summer", said on 12 May 2026, is `XXXX-SU` (was 2026-SU).
 *
 * Leaves a sentence told in the future, in a plan or in the past ("The band will play every Sunday
 * in July", "The fair was held every Saturday in May") and one that names a year.
 *
 * @example isWeeklySetMonth('The choir sings every Sunday in May.', 32, 35) // true
 */
export function isWeeklySetMonth(text: string, start: number, end: number): boolean {
  const { before, after } = sentenceAround(text, start, end);
  return (
    WEEKLY_SET_IN.test(before) &&
    !NOT_PRESENT.test(before.replace(OPENING_ADJECTIVE, '')) &&
    !NOT_PRESENT.test(after)
  );
}
