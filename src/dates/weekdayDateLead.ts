import { WEEKDAY_PATTERN } from './weekdayNames.ts';

// "this coming ", "this past ", "coming " right before the weekday.
const LEAD = /\b(?:this\s+(?:coming|past)|coming)\s+$/i;
const OPENS_WITH_WEEKDAY = new RegExp(`^(?:${WEEKDAY_PATTERN})\\b`, 'i');
// "past Friday, Feb. 27": chrono takes "past" or "coming" in, and leaves "this" before it.
const OPENS_WITH_DIRECTION = new RegExp(`^(?:past|coming)\\s+(?:${WEEKDAY_PATTERN})\\b`, 'i');
const THIS = /\bthis\s+$/i;

/**
 * How many characters of "this coming", "this past" or "coming" stand before a weekday written
 * with its date, which belong to the expression as they do to the weekday alone: "International
 * Women's Day is this coming Sunday, March eighth" is one expression, "this coming Sunday, March
 * eighth" (1998-03-08, said on 5 March 1998), where the date's extent began at "Sunday". The value
 * stays the written date's.
 *
 * Only when the words open with the weekday ("Sunday, March 8", or "past Friday, Feb. 27" as chrono
 * takes it, where only "this" is left before), not a date alone ("this coming March 8" is left to
 * the month's own rules), and not "past" without "this" ("the past Sunday, March 1").
 *
 * @example weekdayDateLead('is this coming ', 'Sunday, March eighth') // 12
 */
export function weekdayDateLead(before: string, words: string): number {
  if (OPENS_WITH_DIRECTION.test(words)) return THIS.exec(before)?.[0].length ?? 0;
  if (!OPENS_WITH_WEEKDAY.test(words)) return 0;
  return LEAD.exec(before)?.[0].length ?? 0;
}
