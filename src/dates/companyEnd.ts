/**
 * The words that end a company's name: "Co.", "Corp.", "Inc.", "Cos.", "Ltd.", "Bancorp",
 * "Holdings", "Group", "Partners", "Industries", "Stores"; not "Group of Seven", a club of nations.
 * A pattern source, for the rules that tell a month or a weekday in a company's name.
 */
export const COMPANY_END = String.raw`(?:Co|Corp|Inc|Cos|Ltd|Bancorp|Holdings|Group(?!\s+of\b)|Partners|Industries|Stores)\b`;
