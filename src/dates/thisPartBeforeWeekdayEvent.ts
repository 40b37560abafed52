import { WEEKDAY_PATTERN } from './weekdayNames.ts';

// "this morning" (afternoon, evening, night) and "before", not after "every" or "each".
const THIS_PART_BEFORE = String.raw`\bthis\s+(?:morning|afternoon|evening|night)\s+before`;

/**
 * Today's part of the day "before" a weekday's event: "The governor met union leaders this morning
 * before Friday's vote", said on Wednesday 13 May 2026, reads this morning and the coming Friday,
 * `2026-05-15`; chrono read "this morning before Friday" as one time, today's morning, and the
 * Friday was lost. The words and "before" are blanked before chrono reads, so the weekday is read
 * alone (this morning is read elsewhere), and `THIS_PART_BEFORE_BEFORE_WEEKDAY` tells readChrono
 * that the event is still to come whatever the tense, as today's morning comes before it. The
 * mirror of "this morning after Friday's computer problem" (`PART_AFTER_WEEKDAY_EVENT`). Global,
 * for masking every one in a text.
 *
 * @example "this morning before Friday's vote".replace(THIS_PART_BEFORE_WEEKDAY_EVENT, blank)
 */
export const THIS_PART_BEFORE_WEEKDAY_EVENT = new RegExp(
  String.raw`${THIS_PART_BEFORE}(?=\s+${WEEKDAY_PATTERN}\b)`,
  'gi',
);

/**
 * The same words ending those before a weekday: its event comes after today's part of the day, so
 * is still to come: "Candidates made final appeals this morning before Tuesday's election", said on
 * Monday 2 November 1998, is 1998-11-03.
 *
 * @example THIS_PART_BEFORE_BEFORE_WEEKDAY.test('made final appeals this morning before ')
 */
export const THIS_PART_BEFORE_BEFORE_WEEKDAY = new RegExp(String.raw`${THIS_PART_BEFORE}\s+$`, 'i');
