// "the last quarter of the year", "the last quarter of 2024", "the last quarter of this year",
// "… of last year", "… of next year": the fourth quarter, as "the final quarter" is. "last" alone
// before "quarter" is the quarter gone by ("profit fell last quarter"), so it counts as an ordinal
// only before "of" and the year, not before a year's ("the last quarter of last year's final" is a
// game's). A regular expression's source, an alternative among the ordinals before "quarter".
const OF_YEAR = String.raw`\s+of\s+(?:the\s+year(?![-'’]|\s+(?:before|earlier|ago|after|later|prior|\d))|(?:this|last|next)\s+year(?![-'’\w])|\d{4})`;
export const LAST_OF_YEAR_SOURCE = String.raw`last(?=[\s-]quarter${OF_YEAR})`;
const OF_YEAR_AFTER = new RegExp(`^${OF_YEAR}`, 'i');

/**
 * Whether "of" and the year follow `at`: "(the last quarter) of the year", "… of 2024", "… of last
 * year".
 */
export function ofYearAfter(text: string, at: number): boolean {
  return OF_YEAR_AFTER.test(text.slice(at, at + 40));
}
