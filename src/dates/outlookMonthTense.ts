import { MONTH_WORD_SOURCE } from './monthNames.ts';
import type { MonthTurner } from './MonthTurner.ts';
import { monthsAhead } from './monthsAhead.ts';
import { CAPITALISED } from './capitalised.ts';

// "Sales fell in November and": a capitalised month and "and" or "but" right before the month.
const MONTH_AND_BEFORE = new RegExp(`\\b${MONTH_WORD_SOURCE}\\.?,?\\s+(?:and|but)\\s+$`, 'i');
// "January looks worse", "February promises more of the same", "March is shaping up to be": a
// present of outlook right after the month, the subject of a clause of its own.
const OUTLOOK_AFTER =
  /^\s+(?:looks|seems|appears|promises|threatens|is\s+(?:shaping\s+up|set|likely|poised|expected|forecast|projected))\b/i;
/** How many months ahead of publication the month may be to be read as still to come. */
const AHEAD_MONTHS = 3;

/**
 * The tense to read a month named without a year by when it opens a clause of its own after a
 * month of the clause before, with a present of outlook ("Sales fell in November and January looks
 * worse", said in December): the coming month, one to three months ahead. A month behind
 * publication keeps the tense it had, its figures may be just out ("Sales fell in December and
 * January looks worse", said in February).
 *
 * @example
 * outlookMonthTense('Sales fell in November and ', ' looks worse.', 1, '2025-12-10', 'past')
 * // 'future'
 */
export const outlookMonthTense: MonthTurner = (before, after, month, published, tense) => {
  const pair = MONTH_AND_BEFORE.exec(before);
  if (!pair || !CAPITALISED.test(pair[0]) || !OUTLOOK_AFTER.test(after)) return tense;
  const ahead = monthsAhead(month, published);
  return ahead >= 1 && ahead <= AHEAD_MONTHS ? 'future' : tense;
};
