/**
 * The abbreviations that end a company's name, written with a period: "Co.", "Corp.", "Inc.",
 * "Cos.", "Ltd.". A pattern source, without the period.
 */
export const COMPANY_ABBREVIATION = String.raw`(?:Co|Corp|Inc|Cos|Ltd)`;

/**
 * The words that end a company's name: "Co.", "Corp.", "Inc.", "Cos.", "Ltd.", "Bancorp",
 * "Holdings", "Group", "Partners", "Industries", "Stores"; not "Group of Seven", a club of nations.
 * A pattern source, for the rules that tell a month or a weekday in a company's name.
 */
export const COMPANY_END = String.raw`(?:${COMPANY_ABBREVIATION}|Bancorp|Holdings|Group(?!\s+of\b)|Partners|Industries|Stores)\b`;
