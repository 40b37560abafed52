// A court's case number that opens with its year: the year, a code of capitals and a number,
// joined by hyphens ("2023-CR-1147", "2024-CV-00456").
const CODE_AND_NUMBER_AFTER = /^-[A-Z]{1,4}-\d/;

/**
 * Whether the year that ends at `end` opens a case number, no year: "Case number 2023-CR-1147
 * was dismissed on Thursday" and "The lawsuit, No. 2024-CV-00456, was filed in March" read no 2023
 * or 2024 (were the years). Only before a hyphen, one to four capitals, a hyphen and a digit:
 * "the 2023-24 season", "in 2023-Q3" and "after the 2003-US-led invasion" keep their years.
 *
 * @example isYearOfCaseNumber('Case 2023-CR-1147 was dismissed.', 9) // true
 */
export function isYearOfCaseNumber(text: string, end: number): boolean {
  return CODE_AND_NUMBER_AFTER.test(text.slice(end, end + 8));
}
