import { WEEKDAY_PATTERN } from './weekdayNames.ts';

// A count of days or weeks and "after" ("The day after", "Two days after", "The week after",
// "In the days after"), not after "every" or "each".
const SPAN_AFTER = String.raw`(?<!\b(?:every|each)\s+)\b(?:day|days|week|weeks)\s+after`;

/**
 * Days or weeks "after" a weekday's event: "The day after Thursday's vote, the minister resigned",
 * said on Monday 9 March 2026, reads "Thursday" the Thursday gone by, `2026-03-05`; chrono read
 * "The day after Thursday" as one time, the Friday to come (`2026-03-13`). As the part of the day
 * is (`PART_AFTER_WEEKDAY_EVENT`), the words and "after" are blanked before chrono reads, so the
 * weekday is read alone by the tense of its sentence (`DAY_AFTER_BEFORE_WEEKDAY` tells readChrono
 * so): "The day after Friday's summit, the president will fly to Tokyo", said on Wednesday 11
 * March, is the coming Friday, `2026-03-13`. The day or week itself is not read, as the morning
 * is not. Only with the weekday's possessive ("Thursday's"): "The day after Thursday, the mood was
 * grim" is left to chrono; not after "every" or "each" ("every day after Monday's primary" is a
 * habit). Global, for masking every one in a text.
 *
 * @example "The day after Thursday's vote".replace(DAY_AFTER_WEEKDAY_EVENT, blank)
 */
export const DAY_AFTER_WEEKDAY_EVENT = new RegExp(
  String.raw`${SPAN_AFTER}(?=\s+${WEEKDAY_PATTERN}['’]s\b)`,
  'gi',
);

/**
 * The same words and "after" ending the words before a weekday, for its reading to ask whether
 * the weekday is such a landmark, read by its sentence's tense.
 *
 * @example DAY_AFTER_BEFORE_WEEKDAY.test("The day after ")
 */
export const DAY_AFTER_BEFORE_WEEKDAY = new RegExp(String.raw`${SPAN_AFTER}\s+$`, 'i');
