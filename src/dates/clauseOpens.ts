// A stop, a comma or a bracket; a conjunction or a relative word. A stop or a comma between two
// figures is part of a number ("4.5%", "$1,500"), no mark.
const MARKS = String.raw`(?:(?<!\d)[.,]|[.,](?!\d)|[;:!?(])`;
const JOINERS = 'and|but|or|that|which|who';

/**
 * What opens a clause inside a sentence for a verb's tense: a stop, a comma or a bracket, a
 * conjunction or a relative word ("and", "but", "or", "that", "which", "who"). The last match
 * before a word is where that word's clause starts. Global, for `matchAll`. A dash, "while" and
 * "when" are not here: a modal before them still governs what follows ("will – for the first time
 * – publish detailed figures on March 20", "will stay volatile while the bank publishes ...").
 */
export const CLAUSE_OPENS = new RegExp(`${MARKS}|\\b(?:${JOINERS})\\b`, 'gi');

/**
 * CLAUSE_OPENS with a dash, "while" and "when" as well: what opens the stretch of words whose verb
 * says what a calendar day's midnight does to the day ("The old permit expires — the new one takes
 * effect at midnight on Jan. 20."). Global, for `matchAll`.
 */
export const CLAUSE_OR_ASIDE_OPENS = new RegExp(
  `${MARKS}|[—–]|\\b(?:${JOINERS}|while|when)\\b`,
  'gi',
);

/**
 * The words of `before` after the last clause opener in it (`opens`, global): the start of the
 * clause the next word belongs to ("The old permit expires — the new one takes effect at" → "the
 * new one takes effect at" with CLAUSE_OR_ASIDE_OPENS).
 */
export function clauseEnding(before: string, opens: RegExp = CLAUSE_OPENS): string {
  let from = 0;
  for (const m of before.matchAll(opens)) from = m.index + m[0].length;
  return before.slice(from);
}
