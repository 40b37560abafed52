import { addWeeks } from 'date-fns';
import { MONTH_WORD_SOURCE } from './monthNames.ts';
import type { Tense } from './tenseAround.ts';
import { toTimex } from './toTimex.ts';

/**
 * "the final weekend" of a season, a campaign or a run, not of a month it names ("the final
 * weekend of May", read by the ordinal weekdays) nor a weekend counted after a number: the words
 * with their article, the weekend alone being no more than chrono's Saturday.
 */
export const FINAL_WEEKEND = new RegExp(
  `\\bthe\\s+(?:campaign['’]s\\s+|season['’]s\\s+)?final\\s+weekend\\b(?!\\s+of\\s+(?:${MONTH_WORD_SOURCE}|\\d))(?!['’-])`,
  'gi',
);

/**
 * The weekend "the final weekend" names, said on `published`: a whole weekend (the ISO week's
 * `-WE`), not its Saturday. Told in the past ("Gore spent the final weekend in Florida", said on a
 * Tuesday) it is the weekend gone by; otherwise ("Both campaigns will spend the final weekend in
 * Florida", "The final weekend of the regular season decides the wild card") the coming one, or
 * the weekend it is said on.
 */
export function finalWeekend(published: Date, tense: Tense): string {
  const onWeekend = published.getDay() === 0 || published.getDay() === 6;
  const weeks = tense === 'past' && !onWeekend ? -1 : 0;
  return `${toTimex(addWeeks(published, weeks), 'week')}-WE`;
}
