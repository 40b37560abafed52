import { readNumber, WORDS_TO_99 } from './readNumber.ts';
import { MONTH_WORD_SOURCE } from './monthNames.ts';
import { CAPITALISED } from './capitalised.ts';

// "the nine months", "the first nine months", "nine-month profit": a span of months given as a
// figure's period, with "the" or before a figure's noun. Not one a quarter is named by ("the three
// months to June"), a count from now ("nine months ago"), nor a span of something else ("a
// six-month strike", "after six months of talks").
const MONTHS_SPAN = new RegExp(
  `\\b(?:the\\s+(?:first\\s+|latest\\s+|past\\s+|last\\s+)?(${WORDS_TO_99}|\\d{1,2})[ -]months?\\b(?!\\s+(?:to|ended|ending|through|ago|earlier|later|before|after)\\b)` +
    `|\\b(${WORDS_TO_99}|\\d{1,2})-month\\s+(?:net|profit|earnings|income|sales|revenues?|loss|results|period|figures?|operating)\\b)`,
  'gi',
);
// A quarter or a half named after the span, which the comparison is then made with.
const OTHER_PERIOD_AFTER = /\bquarter|\bQ[1-4]\b|\b(?:first|second)[ -]half\b|\bH[12]\b/i;

/**
 * How many months "the year-earlier period" compares with when the last period named before it,
 * in its sentence or the one before, is a span of months ("For the nine months, net rose to $130
 * million from $118 million in the year-earlier period": 9): earnings copy gives the figure for
 * the span and the span a year back. `undefined` with no such span, a span of three months (a
 * quarter's, which the year-ago quarter stands for), or a quarter or a half named after it.
 *
 * @param before the text of the comparison's sentence and the one before, up to it
 * @example monthsComparedWith('For the nine months, net was $130.2 million, up from $118.9 million in ')
 * // => 9
 */
export function monthsComparedWith(before: string): number | undefined {
  const span = [...before.matchAll(MONTHS_SPAN)].at(-1);
  if (!span) return undefined;
  if (OTHER_PERIOD_AFTER.test(before.slice(span.index + span[0].length))) return undefined;
  const months = readNumber((span[1] ?? span[2])!);
  return months !== undefined && months > 1 && months !== 3 && months <= 12 ? months : undefined;
}

// A month's name, capitalised as one is ("may" is a verb).
const MONTH_WORD = new RegExp(`\\b(?:${MONTH_WORD_SOURCE})`, 'gi');

/**
 * Whether a month is named after the last span of months in `before`, which a comparison after it
 * is then made with: "Imports grew 12 percent in the first 10 months. Exports in October fell 5
 * percent from the same period of 1998" compares October, not the 10 months. A dateline's month
 * before the span ("BEIJING, Nov. 10 (Xinhua) -- Exports in the first 10 months …") is not one.
 *
 * @param before the text of the comparison's sentence and the one before, up to it
 * @example monthNamedAfterSpan('in the first 10 months. Exports in October fell from ') // => true
 */
export function monthNamedAfterSpan(before: string): boolean {
  const span = [...before.matchAll(MONTHS_SPAN)].at(-1);
  if (!span) return false;
  const after = before.slice(span.index + span[0].length);
  return [...after.matchAll(MONTH_WORD)].some((m) => CAPITALISED.test(m[0]));
}
