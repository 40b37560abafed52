import { IRREGULAR_PAST } from './irregularPast.ts';
import { REGULAR_PAST } from './regularPast.ts';

// "…, but the first half", "…, although the third quarter": a contrast in the same sentence.
const CONTRAST_BETWEEN = /^[^.!?;]*\b(?:but|although|though|while|whereas)\s+$/i;
// The part's own verb right after it, told in the past: "was strong", "were better", "fell".
const PAST_AFTER = new RegExp(
  String.raw`^\s+(?:(?:was|were|had\s+been)\b|(?:${IRREGULAR_PAST}|${REGULAR_PAST})\b)`,
  'i',
);

/**
 * Whether a half or quarter named by its number alone, ending before the part named with its
 * year just before it, is set against that part in the past, and so of the same year: "Profit in
 * the second half of 1989 fell sharply, but the first half was strong", said on 15 March 1990, is
 * `1989-H1`, where a bare part that ends earlier is otherwise left to its tense (which, told in the
 * past while that half of the year of publication is under way, gave `1990-H1`). Only after "but",
 * "although", "though", "while" or "whereas" right before it, with a past verb right after it.
 *
 * @example isEarlierPartContrasted('The second half of 1989 was weak, but the first half was strong.', 26, 46, 60) // true
 */
export function isEarlierPartContrasted(
  text: string,
  namedEnd: number,
  start: number,
  end: number,
): boolean {
  return CONTRAST_BETWEEN.test(text.slice(namedEnd, start)) && PAST_AFTER.test(text.slice(end));
}
