import { WEEKDAY_PATTERN } from './weekdayNames.ts';

// A part of the day and "after", not after "every" or "each".
const PART_AFTER = String.raw`(?<!\b(?:every|each)\s+)\b(?:morning|afternoon|evening|night)\s+after`;

/**
 * A part of the day "after" a weekday's event: "On the morning after Thursday's vote, the prime
 * minister insisted he would not change course", said on Monday 11 May 2026, reads "Thursday" the
 * Thursday gone by, `2026-05-07`; chrono read "morning after Thursday" as one time, which no
 * reading kept, and nothing was read. The part of the day and "after" are blanked before chrono
 * reads, so the weekday is read alone, by the tense of its sentence (`PART_AFTER_BEFORE_WEEKDAY`
 * tells readChrono so, where a weekday's event alone is read as gone by unless awaited):
 * "Ministers will meet on the morning after Thursday's vote" is the coming Thursday, 2026-05-14.
 * The morning itself is not read (the text names it only by the weekday or its event): "The
 * morning after Thursday, the mood was grim" reads the Thursday too. Only "morning", "afternoon",
 * "evening" or "night" and "after" right before the weekday, not after "every" or "each" ("She
 * worked every night after Monday's primary" is a habit, whose Monday was read as the day of
 * publication); "the day after Thursday's vote" is left to the day's own reading
 * (`anchorDayNeighbour`). A "this" before the part of the day is blanked with it, as chrono read
 * what was left ("this Friday") as the coming day, over the "this morning" read elsewhere, and
 * nothing was kept: "Trading resumed normally this morning after Friday's computer problem", said
 * on Monday 26 October 1998, reads this morning and the Friday gone by, 1998-10-23. Global, for
 * masking every one in a text.
 *
 * @example "the morning after Thursday's vote".replace(PART_AFTER_WEEKDAY_EVENT, blank)
 */
export const PART_AFTER_WEEKDAY_EVENT = new RegExp(
  String.raw`(?:\bthis\s+)?${PART_AFTER}(?=\s+${WEEKDAY_PATTERN}\b)`,
  'gi',
);

/**
 * The same part of the day and "after" ending the words before a weekday, for its reading to ask
 * whether the weekday is such a landmark: "Ministers will meet on the morning after Thursday's
 * vote", said on Monday 11 May 2026, reads the Thursday by the sentence's tense, 2026-05-14.
 *
 * @example PART_AFTER_BEFORE_WEEKDAY.test("Ministers will meet on the morning after ")
 */
export const PART_AFTER_BEFORE_WEEKDAY = new RegExp(String.raw`${PART_AFTER}\s+$`, 'i');

/**
 * "this morning" (afternoon, evening) and "after" ending the words before a weekday: today's part
 * of the day comes after the weekday's event, which is gone by whatever the tense: "The board will
 * meet this morning after Friday's vote", said on Monday 26 October 1998, is 1998-10-23.
 *
 * @example THIS_PART_AFTER_BEFORE_WEEKDAY.test("The board will meet this morning after ")
 */
export const THIS_PART_AFTER_BEFORE_WEEKDAY = new RegExp(
  String.raw`\bthis\s+${PART_AFTER}\s+$`,
  'i',
);
