import { IRREGULAR_PAST } from './irregularPast.ts';
import { PLAN_WORDS } from './planParticiples.ts';
import { REGULAR_PAST } from './regularPast.ts';

/**
 * The words right before a day and month that make a past-looking verb a plan's participle
 * ("scheduled Jan. 31", "postponed to"), a present passive ("is held April 28", "are played from
 * April 28") or a verb to come ("will be moved on").
 */
export const PLAN_PARTICIPLE_BEFORE = new RegExp(
  `\\b(?:${PLAN_WORDS}|delayed|postponed|rescheduled|moved|pushed|extended|dated|headed|aimed|targeted|timed|fixed|tentatively|be|been|being)\\s+(?:on\\s+)?$|\\b(?:will|to|be|been|being)\\s+${REGULAR_PAST}\\s+(?:on\\s+)?$|\\b(?:is|are)\\s+(?:${REGULAR_PAST}|${IRREGULAR_PAST})\\s+(?:on\\s+)?$`,
  'i',
);
