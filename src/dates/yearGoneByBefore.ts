// "Last year" or "a year ago" earlier in the sentence, with no sentence's end after it.
const YEAR_GONE_BY_BEFORE = /\b(?:last\s+year|a\s+year\s+ago)\b[^.!?]*$/i;

/**
 * Whether a year gone by is named earlier in the sentence, within 120 characters before `start`
 * ("Last year the last Saturday before Christmas was the busiest day"): a feast named after it is
 * that year's, as its tense says, not the nearer one of its run-up.
 *
 * @example yearGoneByBefore('Last year the last week before Christmas', 32) // true
 */
export function yearGoneByBefore(text: string, start: number): boolean {
  return YEAR_GONE_BY_BEFORE.test(text.slice(Math.max(0, start - 120), start));
}
