import { ACCOUNTING_YEAR, CALENDAR_YEAR_AFTER, ONE_YEAR_WORD } from './accountingYear.ts';
import { sentenceAround } from './tenseAround.ts';

// A word that picks one year ("the current fiscal year, which ends …", "this fiscal year that
// ends …"): its end is one day on the calendar.
const ONE_YEAR_BEFORE = String.raw`(?<!\b${ONE_YEAR_WORD}\s+)`;
// "In a fiscal year ending June 30, the company earned $4 million": a time something was done in
// is one year, whatever its article.
const IN_ONE_YEAR_BEFORE = String.raw`(?<!\b(?:in|during|for|over|throughout)\s+)`;
// Its boundary told in the present, as what it always is ("ends", "now ends", "begins on").
const BOUNDARY_VERB = String.raw`(?:now\s+)?(?:ends?|begins?|starts?|closes?|runs?\s+(?:to|through|until|till))\s+(?:on\s+)?`;
// The relative clauses that tell a body's year end as a fact of it: "whose fiscal year ends", "a
// fiscal year that ends", "its fiscal year, which now ends", "a fiscal year ending".
const RELATIVE_BOUNDARY_BEFORE = new RegExp(
  [
    String.raw`\bwhose\s+${ACCOUNTING_YEAR}\s+${BOUNDARY_VERB}$`,
    String.raw`${ONE_YEAR_BEFORE}\b${ACCOUNTING_YEAR}\s*,?\s+(?:that|which)\s+${BOUNDARY_VERB}$`,
    String.raw`${IN_ONE_YEAR_BEFORE}\ban?\s+${ACCOUNTING_YEAR}\s+(?:ending|beginning|starting)\s+(?:on\s+)?$`,
  ].join('|'),
  'i',
);
// "the fiscal year that ends Sept. 30" names one year, as "the" picks it; "a fiscal year that
// ends", "its fiscal year, which ends" do not.
const THE_YEAR_BEFORE = new RegExp(
  String.raw`\bthe\s+${ACCOUNTING_YEAR}\s*,?\s+(?:that|which)\s+${BOUNDARY_VERB}$`,
  'i',
);

/**
 * Whether a day and month is the day a body's accounting year ends or begins on, told in a
 * relative clause in the present as what it always is, so any year's: "Apple, whose fiscal year
 * ends Sept. 30, said sales rose", "The company has a fiscal year that ends June 30", "The bank
 * changed its fiscal year, which now ends Dec. 31", as `isYearBoundaryMonth` reads "whose fiscal
 * year ends in June" (`XXXX-06`). Not a main clause ("The company's fiscal year ends Sept. 30",
 * which the sets write with a year), nor one year's ("the current fiscal year, which ends Sept.
 * 30", "the fiscal year that ends June 30"), a past ("whose fiscal year ended June 30"), nor a
 * day a year follows ("a fiscal year ending June 30, 1990").
 *
 * @example isYearBoundaryDay('Apple, whose fiscal year ends Sept. 30, said sales rose.', 29, 37) // true
 */
export function isYearBoundaryDay(text: string, start: number, end: number): boolean {
  const { before, after } = sentenceAround(text, start, end);
  return (
    RELATIVE_BOUNDARY_BEFORE.test(before) &&
    !THE_YEAR_BEFORE.test(before) &&
    !CALENDAR_YEAR_AFTER.test(after)
  );
}
