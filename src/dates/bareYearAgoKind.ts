import { QUARTER_ORDINAL_SOURCE } from './quarterWords.ts';
import { MONTH_WORD_SOURCE } from './monthNames.ts';
import { sentenceStartAt } from './sentenceEnds.ts';
import { CAPITALISED } from './capitalised.ts';

// A quarter named in the words before: a comparison after it is with that quarter a year back.
const QUARTER_NAMED = /\bquarter|\bQ[1-4]\b/i;
// A noun of a quarter in the comparison's own words: "the year-earlier quarter".
const QUARTER_NOUN = new RegExp(String.raw`quarter|\b(?:${QUARTER_ORDINAL_SOURCE})\b`, 'i');
// A month as the comparison's own noun: "the year-earlier month".
const MONTH_NOUN = /month$/i;
// A month named as the period of a figure: not a month a span or a schedule runs to ("the fiscal
// year that ended in June", "results are due in November"), nor a day ("Sept. 30").
const MONTH_OF_FIGURE = new RegExp(
  String.raw`(?<!\b(?:ended|ending|ends|due|through|to|until)\s+(?:in\s+)?)\b(${MONTH_WORD_SOURCE})(?!\.?\s+\d)`,
  'gi',
);

/** Whether `own`, the comparison's own sentence up to it, names a month as a figure's period. */
function namesMonthOfFigure(own: string): boolean {
  // A month's name is capitalised ("may" is a verb).
  return [...own.matchAll(MONTH_OF_FIGURE)].some((m) => CAPITALISED.test(m[1]!));
}

/**
 * The kind of period "year-earlier" or "year-ago" compares with when its words name no quarter:
 * after a half named in the sentence or the one before, or a month named in its own sentence as the
 * period of a figure, and no quarter anywhere there, that month or half a year back, as "the same
 * period last year" after them is ("Steel shipments in September were 6% below the year-earlier
 * level" is the September before). Else the year-ago quarter, as earnings reports mean it ("the
 * year-ago period"), except for "the year-earlier month", which is no quarter and is left unread
 * (`undefined`) with no month before.
 *
 * @param words the comparison's words ("the year-earlier", "the year-ago period")
 * @param named the kind of the period named last before them, if any
 * @param before the text of their sentence and the one before, up to them
 * @example bareYearAgoKind('the year-earlier', 'month', 'Shipments in September were 6% below ')
 * // => 'month'
 */
export function bareYearAgoKind(
  words: string,
  named: 'quarter' | 'half' | 'month' | undefined,
  before: string,
): 'year-ago' | 'half' | 'month' | undefined {
  if (QUARTER_NOUN.test(words)) return 'year-ago';
  const own = before.slice(sentenceStartAt(before, before.length));
  const period = named === 'half' || (named === 'month' && namesMonthOfFigure(own));
  if (period && !QUARTER_NAMED.test(before)) return named;
  return MONTH_NOUN.test(words) ? undefined : 'year-ago';
}
