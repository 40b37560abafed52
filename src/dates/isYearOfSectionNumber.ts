// "Section 1983", "Article 1992", "Rule 1990", "§ 1986": a capitalised noun that numbers the
// parts of a statute, a treaty or a rule book, right before the number. No "Art.": it ends the
// sentence in "the Museum of Modern Art. 1990 was the year".
const PART_NOUN_BEFORE =
  /(?:\b(?:Section|Sec\.|Sections|Article|Chapter|Rule|Title|Clause|Paragraph)|§)\s*$/;
// "Democrats Rule 1990 Races", "Seles Wins Title 1991 Final": a capitalised word after the
// number marks a headline, where "Rule" is a verb and "Title" a prize.
const CAPITALISED_WORD_AFTER = /^\s+[A-Z][a-z]/;

/**
 * Whether the year from `start` to `end` is the number of a part of a law or a rule book, no
 * year: "Section 1990 of the tax code would be repealed" and "He filed a Section 1983 suit" read
 * no 1990 or 1983. Only right after the capitalised noun (or "§"): "the rule took effect in 1990"
 * and "The champion held the title 1990 through 1992" keep their years, and so do a headline's
 * "Democrats Rule 1990 Races" (a capitalised word after the number) and "the Museum of Modern
 * Art. 1990 was the year" (no "Art.").
 *
 * @example isYearOfSectionNumber('Section 1990 of the tax code', 8, 12) // true
 */
export function isYearOfSectionNumber(text: string, start: number, end: number): boolean {
  return (
    PART_NOUN_BEFORE.test(text.slice(Math.max(0, start - 12), start)) &&
    !CAPITALISED_WORD_AFTER.test(text.slice(end, end + 3))
  );
}
