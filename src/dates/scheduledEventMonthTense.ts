import type { MonthTurner } from './MonthTurner.ts';
import { monthsAhead } from './monthsAhead.ts';
import { WEEKDAY_PATTERN } from './weekdayNames.ts';

// "The runoff is in", "Voting is in", "The next meeting is in", "The hearing is set for": the
// sentence opens with its subject (a determiner perhaps, up to four words with no comma) and a
// present of the copula with "in", "set for" or "scheduled for" right before the month.
const SCHEDULE_OPENS =
  /^\s*(?:(?:the|a|an|this|its|their|our)\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s+(?:is|are)\s+(?:in|(?:set|scheduled)\s+for)\s+$/i;
// "The fair is usually in May": a habit, not a plan of the coming months; so "every", "each".
const HABIT =
  /\b(?:usually|typically|often|always|normally|generally|traditionally|every|each|annual|yearly)\b/i;
// "The largest drop so far is in February": a figure's record names where it fell, gone by.
const RECORD =
  /\b(?:largest|biggest|highest|lowest|smallest|sharpest|steepest|greatest|worst|best|most|least|peak)\b|\bso\s+far\b|\bto\s+date\b/i;
// What may follow the month: the end of the sentence, or the day it falls on as an ordinal weekday
// (", on the second Tuesday", ", on the last Saturday") and then the end.
const ONLY_ORDINAL_DAY_AFTER = new RegExp(
  String.raw`^(?:,?\s+on\s+the\s+(?:first|second|third|fourth|fifth|last)\s+${WEEKDAY_PATTERN})?\s*[.!?]?\s*$`,
  'i',
);

/**
 * The tense to read a month named without a year by after a present of schedule that opens its
 * sentence ("The runoff is in August, on the second Tuesday", said on 11 March 2026): the copula in
 * the present puts a planned event in a month still to come, so any month but publication's own is
 * the coming one (`2026-08`, and its second Tuesday `2026-08-11`; before, the August gone by).
 * Only a sentence of a short subject, "is" or "are" with "in", "set for" or "scheduled for", the
 * month, and perhaps the ordinal weekday it falls on: not a habit ("Usually the fair is in May",
 * "The annual fair is in May"), a sentence that goes on after the month ("Inflation is in double
 * digits in May, the figures show"), a figure's record ("The largest drop so far is in February",
 * the February gone by), a past ("The vote was in April") nor publication's own
 * month, which may be running. `sentence` is its text up to the month, `after` from the month's
 * end to the sentence's.
 *
 * @example scheduledEventMonthTense('The runoff is in ', ', on the second Tuesday.', 8, '2026-03-11', 'past')
 * // 'future'
 */
export const scheduledEventMonthTense: MonthTurner = (sentence, after, month, published, tense) => {
  if (tense === 'future') return tense;
  if (!SCHEDULE_OPENS.test(sentence) || HABIT.test(sentence) || RECORD.test(sentence)) return tense;
  if (!ONLY_ORDINAL_DAY_AFTER.test(after)) return tense;
  return monthsAhead(month, published) >= 1 ? 'future' : tense;
};
