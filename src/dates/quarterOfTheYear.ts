// "the last quarter of the year", "the last quarter of 2024": the fourth quarter, as "the final
// quarter" is. "last" alone before "quarter" is the quarter gone by ("profit fell last quarter"),
// so it counts as an ordinal only before "of" and the year. A regular expression's source, an
// alternative among the ordinals before "quarter".
const OF_YEAR = String.raw`\s+of\s+(?:the\s+year(?![-'’]|\s+(?:before|earlier|ago|after|later|prior|\d))|\d{4})`;
export const LAST_OF_YEAR_SOURCE = String.raw`last(?=[\s-]quarter${OF_YEAR})`;
const OF_YEAR_AFTER = new RegExp(`^${OF_YEAR}`, 'i');

/** Whether "of" and the year follow `at`: "(the last quarter) of the year", "… of 2024". */
export function ofYearAfter(text: string, at: number): boolean {
  return OF_YEAR_AFTER.test(text.slice(at, at + 40));
}
