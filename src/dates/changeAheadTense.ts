import { PRESENT_CHANGE_VERBS, type Tense } from './tenseAround.ts';

// "The price cap rises in January", "Council tax goes up by 5% in April", "The cap rises to
// £1,755 in January", "Energy bills rise in April": a change in the present (in the plural after
// a noun in -s) with up to four words (an amount, a level), and no clause boundary, between it
// and "in" before the month. Not a noun ("the rises in January", "price increases in April").
const NOUN_LEAD =
  '(?<!\\b(?:the|a|an|its|their|his|her|our|this|that|these|those|price|rate|pay|tax|wage|fare|rent|cost|sharp|steep|big|further|recent)\\s)';
const PLURAL_CHANGE = '(?<=\\b[a-z]+s\\s)(?:rise|fall|increase|go\\s+(?:up|down))';
const PRESENT_CHANGE_IN = new RegExp(
  `\\b${NOUN_LEAD}(?:${PRESENT_CHANGE_VERBS}|${PLURAL_CHANGE})\\s+(?:\\S*[^\\s,;:]\\s+){0,4}?in\\s+$`,
  'i',
);
/** How many months ahead of publication a changing month may be to be read as one to come. */
const AHEAD_MONTHS = 3;

/**
 * The tense to read a month named without a year by after a change told in the present ("The
 * price cap rises in January", said in December): a month one to three months ahead is the coming
 * one, a change on a schedule, since news has no figures yet of a month that close and so long
 * gone (eleven months back). Further ahead the present is as often a headline's of figures gone
 * by ("Exports fall in September", said in March), and the tense stays. `before` is the text
 * right before the month.
 *
 * @example changeAheadTense('The price cap rises in ', 1, '2025-12-10', 'unknown') // 'future'
 */
export function changeAheadTense(
  before: string,
  month: number,
  published: string,
  tense: Tense,
): Tense {
  if (!PRESENT_CHANGE_IN.test(before)) return tense;
  const ahead = (month - Number(published.slice(5, 7)) + 12) % 12;
  return ahead >= 1 && ahead <= AHEAD_MONTHS ? 'future' : tense;
}
