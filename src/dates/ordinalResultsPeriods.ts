import { QUARTER_ORDINAL_SOURCE, QUARTER_WORDS } from './quarterWords.ts';
import { MATCH_WORD } from './matchWord.ts';
import { sentenceAt } from './sentenceEnds.ts';

// "the third period", "its fiscal second period", "the fourth fiscal period": a quarter by its
// number, as earnings copy writes it. "the third period of the game" or "of 1990" is another
// reading's.
const ORDINAL_PERIOD = new RegExp(
  String.raw`\b(?:the|its|their|this|that) (?:fiscal )?(${QUARTER_ORDINAL_SOURCE}) (?:fiscal )?period\b(?!\s+of\b)`,
  'gi',
);

// The words of results told in figures: what a company earned, lost or sold.
const RESULTS_WORD =
  /\b(?:net income|net loss|earnings|earned|profits?|revenues?|sales|per share|a share|operating (?:income|loss|profit)|results)\b/i;

/** Where a quarter is named by its number as a period, and which one. */
export interface ResultsPeriod {
  start: number;
  end: number;
  quarter: number;
}

/**
 * "the third period" in results copy is the third quarter: "Net income in the third period rose
 * 8% to $22 million" names `Q3`, its year chosen as a bare "the third quarter"'s. Only in a
 * sentence with words of results (earnings, profit, sales, revenue, a share) and none of a match:
 * not a game's period ("The Rangers scored twice in the third period", nor "Gretzky scored twice in
 * the third period, and beer sales set a record"), nor "the third period of …".
 *
 * @example ordinalResultsPeriods('Profit in the third period rose.') // [{ start: 10, end: 26, quarter: 3 }]
 */
export function ordinalResultsPeriods(text: string): ResultsPeriod[] {
  return [...text.matchAll(ORDINAL_PERIOD)].flatMap((m) => {
    const end = m.index + m[0].length;
    const sentence = sentenceAt(text, m.index, end);
    if (!RESULTS_WORD.test(sentence) || MATCH_WORD.test(sentence)) return [];
    return [{ start: m.index, end, quarter: QUARTER_WORDS[m[1]!.toLowerCase()]! }];
  });
}
