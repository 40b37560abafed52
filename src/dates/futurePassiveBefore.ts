import { IRREGULAR_PAST, UNCHANGED_PAST } from './irregularPast.ts';
import { REGULAR_PAST } from './regularPast.ts';

// What a road or building is closed to or reopened for ("closed to traffic", "shut for repairs"):
// only after closing or opening, for "compensated for losses on 12 December" and "paid for
// overtime on 28 February" name what was lost or worked on that day, a day gone by.
const CLOSED_TO_OR_FOR = String.raw`(?:closed|shut|reopened|blocked)\s+(?:to|for)\s+(?:the\s+)?[a-z]+\s+`;

/**
 * A future's passive or state right before a day and month: "The road will be closed on 12
 * December", "The meeting will be held on 12 January", "The bridge will stay shut on Jan. 12",
 * "won't be reopened until 12 January", and with what a road or building is closed to or for
 * between ("will be closed to traffic on Jan. 10", "will be shut for repairs from 3 March"), not
 * what one is paid or compensated for ("will be compensated for losses on 12 December"). The
 * participle looks like a past ("closed", "held", "shut") and names no schedule's verb, so the day
 * was read by the sentence's tense alone, which keeps a day gone by up to three months back; a
 * "will" right before the day puts it ahead as a schedule's present does ("takes effect Jan. 1"):
 * a day gone by more than a month is next year's, a nearer one the stretch or the day just begun
 * ("Trading will be suspended from 9 to 12 June", said on 10 June). Not a past plan ("was
 * to be held", "would be closed"), whose "be" no "will" leads.
 */
export const FUTURE_PASSIVE_BEFORE = new RegExp(
  String.raw`(?:\b(?:will|shall)(?:\s+not)?|\bwon['’]t|['’]ll)\s+(?:be|stay|remain)\s+(?:[a-z]+ly\s+)?(?:(?:${IRREGULAR_PAST}|${UNCHANGED_PAST}|${REGULAR_PAST})\s+|${CLOSED_TO_OR_FOR})(?:on\s+|until\s+|till\s+|from\s+|between\s+)?$`,
  'i',
);
