import { IRREGULAR_PAST, UNCHANGED_PAST } from './irregularPast.ts';

/**
 * A future's passive or state right before a day and month: "The road will be closed on 12
 * December", "The meeting will be held on 12 January", "The bridge will stay shut on Jan. 12",
 * "won't be reopened until 12 January", and with what it is closed to or for between ("will be
 * closed to traffic on Jan. 10", "will be shut for repairs from 3 March"). The participle looks like a past ("closed", "held",
 * "shut") and names no schedule's verb, so the day was read by the sentence's tense alone, which
 * keeps a day gone by up to three months back; a "will" right before the day puts it ahead, as
 * "will expire Feb. 28" does. Not a past plan ("was to be held", "would be closed"), whose "be"
 * no "will" leads.
 */
export const FUTURE_PASSIVE_BEFORE = new RegExp(
  String.raw`(?:\b(?:will|shall)(?:\s+not)?|\bwon['’]t|['’]ll)\s+(?:be|stay|remain)\s+(?:[a-z]+ly\s+)?(?:${IRREGULAR_PAST}|${UNCHANGED_PAST}|[a-z]+ed)\s+(?:(?:to|for)\s+(?:the\s+)?[a-z]+\s+)?(?:on\s+|until\s+|till\s+|from\s+|between\s+)?$`,
  'i',
);
