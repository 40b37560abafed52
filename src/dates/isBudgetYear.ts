// The nouns of a year's money that a year across two names right before them: a budget, council
// tax, a precept, a settlement, accounts, spending, a spending round.
const BUDGET_NOUN =
  /^\s+(?:(?:draft|final|revised|annual|capital|revenue|council|school|city|county|state)\s+)?(?:budgets?|council\s+tax|precept|settlement|accounts|spending(?:\s+round)?)\b/i;

// The same nouns before "for" or "in" and the years: "the council's budget for 2027/28",
// "Council tax bills for 2025/2026".
const BUDGET_FOR =
  /\b(?:budgets?|council\s+tax(?:\s+bills?)?|precept|settlement|accounts|spending)\s+(?:for|in)\s+$/i;

/**
 * Whether the years across two from `start` to `end` ("the 2026/27 budget", "its 2025-26
 * accounts") name a budget's year, the noun right after them (a word of the budget's kind may
 * stand between: "the 2026/27 draft budget") or before "for" or "in" and them ("the council's
 * budget for 2027/28", "Council tax bills for 2025/2026"): a financial year, which TimeML marks as
 * it marks a school year or a season, by its first year (`2026`), where a bare "2026/27" is left
 * unmarked.
 *
 * Not a noun of any other kind ("the 2025/26 figures", "the 2025/26 crop protection budget", where
 * the budget is a crop's).
 *
 * @example isBudgetYear('The 2026/27 budget was set.', 4, 11) // true
 */
export function isBudgetYear(text: string, start: number, end: number): boolean {
  return (
    BUDGET_NOUN.test(text.slice(end, end + 40)) ||
    BUDGET_FOR.test(text.slice(Math.max(0, start - 40), start))
  );
}
