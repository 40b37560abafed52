import { WEEKDAY_PATTERN } from './weekdayNames.ts';

/**
 * A part of the day "after" a weekday's event: "On the morning after Thursday's vote, the prime
 * minister insisted he would not change course", said on Monday 11 May 2026, reads "Thursday" the
 * Thursday gone by, `2026-05-07`, as "After Thursday's vote" does; chrono read "morning after
 * Thursday" as one time, which no reading kept, and nothing was read. The part of the day and
 * "after" are blanked before chrono reads, so the weekday is read alone, as a weekday's event
 * is (a future is not heeded there: "Ministers will meet on the morning after Thursday's vote"
 * reads the Thursday gone by, as "after Thursday's vote" does); the morning itself is not read (the text names it only by the weekday or its event): "The
 * morning after Thursday, the mood was grim" reads the Thursday too. Only "morning", "afternoon",
 * "evening" or "night" and "after" right before the weekday, not after "every" or "each" ("She
 * worked every night after Monday's primary" is a habit, whose Monday was read as the day of
 * publication); "the day after Thursday's vote" is left to the day's own reading
 * (`anchorDayNeighbour`). Global, for masking every one in a text.
 *
 * @example "the morning after Thursday's vote".replace(PART_AFTER_WEEKDAY_EVENT, blank)
 */
export const PART_AFTER_WEEKDAY_EVENT = new RegExp(
  String.raw`(?<!\b(?:every|each)\s+)\b(?:morning|afternoon|evening|night)\s+after(?=\s+${WEEKDAY_PATTERN}\b)`,
  'gi',
);
