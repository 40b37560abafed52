import { MONTH_WORD_SOURCE } from './monthNames.ts';
import { pastYearNamedBefore } from './pastYearNamedBefore.ts';
import type { MonthTurner } from './MonthTurner.ts';
import { monthsAhead } from './monthsAhead.ts';

// "Analysts had expected rates to stay on hold until", "Economists had forecast a rise in", "The
// report, which had been expected in": a past perfect of expectation, then what was expected (its
// infinitive or object, in the clause), then the preposition of the month, and perhaps a first
// month joined to this one ("had expected the Fed to hold in November and").
export const EXPECTED_PERFECT_BEFORE = new RegExp(
  `\\bhad\\s+(?:(?:long|widely|generally|previously|originally|been)\\s+)*(?:expected|forecast|predicted|anticipated|projected)\\b[^.!?;:]{0,60}?\\b(until|till|through|by|in|before)\\s+(?:(?:early|late|mid-?)\\s*)?(?:${MONTH_WORD_SOURCE}\\s+(?:and|or)\\s+(?:(?:early|late|mid-?)\\s*)?)?$`,
  'i',
);
// "…, but the Fed held steady": a turn told after an event expected in the month says the month
// came and the event did not, so it is gone by; a state expected to last "until" the month may
// break before it ("had expected rates to stay on hold until December, but the bank cut them").
const TURN_AFTER = /^[^.!?;]*\b(?:but|yet|instead)\b/i;
const LASTING = /^(?:until|till|through)$/i;
/** How many months ahead of publication an expected month may be to be read as still to come. */
const AHEAD_MONTHS = 3;

/**
 * The tense to read a month named without a year by after a past perfect of expectation ("Analysts
 * had expected rates to stay on hold until December", said in October): the expectation was held
 * up to a recent turn and looks past it, so a month one to three months ahead of publication is
 * the coming one, not one nine to eleven months gone, which would make the expectation more than a
 * year old. A month behind publication keeps the perfect's past ("had expected the Fed to cut in
 * September", said in October), and so does an event expected in the month that a turn after it
 * says did not come ("Analysts had expected a rate cut in December, but the Fed held steady"),
 * and a month after a year gone by named in its sentence or the one before ("Last year, analysts
 * had expected a recovery by December", "In 2019, …"), which is that year's story. `before` is
 * the text up to the month (the sentence before it too), `after` the text from its end.
 *
 * @example
 * expectedMonthTense(
 *   'Analysts had expected rates to stay on hold until ',
 *   '.',
 *   12,
 *   '2025-10-15',
 *   'past',
 * )
 * // 'future'
 */
export const expectedMonthTense: MonthTurner = (before, after, month, published, tense) => {
  if (tense !== 'past') return tense;
  const expected = EXPECTED_PERFECT_BEFORE.exec(before.slice(-140));
  if (!expected || (!LASTING.test(expected[1]!) && TURN_AFTER.test(after))) return tense;
  if (pastYearNamedBefore(before.slice(-300), published) !== undefined) return tense;
  const ahead = monthsAhead(month, published);
  return ahead >= 1 && ahead <= AHEAD_MONTHS ? 'future' : tense;
};
