/**
 * "The headset should be on shelves in time for Christmas", "racing to restore service in time
 * for Black Friday": "in time for" names an occasion a deed is to be ready by, which is still to
 * come unless the date's own clause is past ("The console arrived in time for Christmas"), as
 * "before Friday" is. A regular expression's source, for the words right before the date.
 */
export const IN_TIME_FOR = String.raw`\bin\s+(?:good\s+)?time\s+for`;
