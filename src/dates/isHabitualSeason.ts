import { isHabitualMonth } from './isHabitualMonth.ts';

// "this", "last", "next" and their kin count one season on the calendar, whatever the clause's
// adverb: "Forecasters generally expect next winter to be milder" is the winter to come.
const COUNTED = /^(?:this|last|next|this\s+past|this\s+coming)$/i;

/**
 * Whether a season with no year ("in the spring", "in late spring") is a habit's, any year's
 * (`XXXX-SP`), by the test isHabitualMonth puts to a month: an adverb of habit in the season's own
 * clause, no past verb after it, no year named. "Pollen counts usually peak in late spring", said
 * on 8 May 2026, is `XXXX-SP` with END; "Hay fever typically strikes in the spring" `XXXX-SP`
 * (both were the publication year's spring, 2026-SP).
 *
 * Leaves a season counted by its determiner ("Forecasters generally expect next winter to be
 * milder" is 2027-WI), one after a future or an expectation that follows the adverb ("Ministers
 * generally expect the backlog to clear by the summer" is 2026-SU), one with its year (readPeriods
 * reads "the spring of 2024" first), a habit told in another clause ("Prices usually rise in March,
 * but this winter they fell") and a season after a past verb that follows the adverb ("The rains
 * that usually come in spring arrived in the summer": the summer is the one gone by).
 *
 * @example isHabitualSeason('Pollen counts usually peak in late spring.', 30, 41, undefined) // true
 */
export function isHabitualSeason(
  text: string,
  start: number,
  end: number,
  determiner: string | undefined,
): boolean {
  if (determiner !== undefined && COUNTED.test(determiner)) return false;
  return isHabitualMonth(text, start, end);
}
