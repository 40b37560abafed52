// "Section 1983", "Article 1992", "Rule 1990", "§ 1986": a capitalised noun that numbers the
// parts of a statute, a treaty or a rule book, right before the number.
const PART_NOUN_BEFORE =
  /(?:\b(?:Section|Sec\.|Sections|Article|Art\.|Chapter|Rule|Title|Clause|Paragraph)|§)\s*$/;

/**
 * Whether the year that starts at `start` is the number of a part of a law or a rule book, no
 * year: "Section 1990 of the tax code would be repealed" and "He filed a Section 1983 suit" read
 * no 1990 or 1983. Only right after the capitalised noun (or "§"): "the rule took effect in 1990"
 * and "The champion held the title 1990 through 1992" keep their years.
 *
 * @example isYearOfSectionNumber('Section 1990 of the tax code', 8) // true
 */
export function isYearOfSectionNumber(text: string, start: number): boolean {
  return PART_NOUN_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}
