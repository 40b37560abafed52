/** The year a sentence names for a day by a word: "this year", "last year" or "next year". */
export type YearWord = 'this' | 'last' | 'next';

// "Juneteenth falls on a Friday this year", "Easter came early last year": the year word after
// the day in its clause (no comma, colon or stop between, at most 40 characters on), not a
// comparison with another year ("than last year", "unlike last year", "from last year", "up 4%
// on last year") or a year that owns another noun ("beat last year's record").
const AFTER =
  /^[^,.;:!?]{0,40}?(?<!\b(?:than|unlike|from|since|over|on|compared\s+(?:with|to)|as)\s+)\b(this|last|next)\s+year\b(?!['’]s\b)/i;
// "This year, Christmas falls on a Thursday": the year word right before the day.
const BEFORE = /\b(this|last|next)\s+year,?\s+$/i;

/**
 * The year word ("this", "last", "next" year) that the sentence names right before the day at
 * `start`..`end` or after it in the same clause, which says whose year's day it is.
 *
 * @example yearWordNear('Juneteenth falls on a Friday this year.', 0, 10) // 'this'
 */
export function yearWordNear(text: string, start: number, end: number): YearWord | undefined {
  const m = BEFORE.exec(text.slice(Math.max(0, start - 20), start)) ?? AFTER.exec(text.slice(end));
  return m ? (m[1]!.toLowerCase() as YearWord) : undefined;
}
