import { breakEndedBefore } from './breakEndedBefore.ts';
import { MONTH_WORD_SOURCE, monthNumber } from './monthNames.ts';
import { monthsAhead } from './monthsAhead.ts';
import { sentenceAt, sentenceStartAt } from './sentenceEnds.ts';
import type { Tense } from './tenseAround.ts';

// The day and month the break is come back from on, the first in the rest of the sentence: "on
// September 8", "on 2 November", "on Sept. 8".
const RETURN_DAY = new RegExp(
  String.raw`\b(?:\d{1,2}(?:st|nd|rd|th)?\s+(${MONTH_WORD_SOURCE})|(${MONTH_WORD_SOURCE})\.?\s+\d{1,2}\b)`,
  'i',
);
// How far ahead the return day's month may lie and still be the return to come: a return day more
// than half a year off is the one gone by ("Pupils returned from the October half-term on 2
// November", said in December), and so is its break.
const RETURN_AHEAD_MONTHS = 6;

/**
 * The tense of a break's month when the day it is come back from is named by its day and month:
 * "The House returns from its August recess on September 8", said in July, is the August to come
 * (`2026-08`), the one right before that September, where the break ended by a nearer time had
 * made it the August gone by (`2025-08`); "Pupils go back after the October half-term on 2
 * November", said in September, the October to come. The break's month is the coming one when it
 * comes, counting from publication, after publication's month and no later than the return's
 * month, and the return's month is no more than six months ahead; otherwise it keeps its tense
 * ("returns from its August recess on Sept. 8", said in September, is the August gone by, and so
 * is "returned from the October half-term on 2 November", said in December).
 *
 * @example breakBeforeReturnDay('The House returns from its August recess on September 8.', 27, 33, 8, '2026-07-15', 'past') // 'future'
 */
export function breakBeforeReturnDay(
  text: string,
  start: number,
  end: number,
  month: number,
  published: string,
  tense: Tense,
): Tense {
  if (!breakEndedBefore(text, start, end)) return tense;
  const sentenceEnd = sentenceStartAt(text, start) + sentenceAt(text, start, end).length;
  const day = RETURN_DAY.exec(text.slice(end, sentenceEnd));
  if (!day) return tense;
  const ahead = monthsAhead(month, published);
  const returnAhead = monthsAhead(monthNumber(day[1] ?? day[2]!), published);
  return ahead > 0 && ahead <= returnAhead && returnAhead <= RETURN_AHEAD_MONTHS ? 'future' : tense;
}
