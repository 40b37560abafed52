import { COMPANY_END } from './companyEnd.ts';

// An ordinal and a capitalised "Century", the whole of the words read: "21st Century".
const CAPITALISED_CENTURY = /^\d+(?:st|nd|rd|th)\s+Century$/;
// The words of a business that follow a century in its name ("21st Century Insurance", "20th
// Century Fox", "21st Century Fund"), or the word that ends a company's name ("Corp.").
const BUSINESS_WORD_AFTER = new RegExp(
  String.raw`^\s+(?:Insurance|Fund|Fox|Films|Pictures|Securities|Investors|Bank|Savings|Realty|Telecom|${COMPANY_END})`,
);

/**
 * Whether the century read from `start` to `end` is a company's name: "21st Century Insurance
 * Co. said its earnings rose", "Shares of 21st Century Insurance fell 1/4", "20th Century Fox":
 * a capitalised "Century" with no "the" before its ordinal and a word of a business right after
 * it, which TimeML marks no century. Not a century read with its "the" ("the 21st Century"), nor
 * one in lower case ("21st century insurance"), nor a capitalised century a word of no business
 * follows ("21st Century Will Bring Change", a headline's).
 *
 * @example isCenturyInName('21st Century Insurance Co. said', 0, 12) // true
 */
export function isCenturyInName(text: string, start: number, end: number): boolean {
  const words = text.slice(start, end);
  return CAPITALISED_CENTURY.test(words) && BUSINESS_WORD_AFTER.test(text.slice(end, end + 30));
}
