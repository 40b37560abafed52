/**
 * Whether a season in lower case ends where "of love" follows it, the era of 1967 named by
 * allusion rather than a season: "The festival recreates the summer of love for a new
 * generation", "Aging hippies returned to Haight Street to relive the summer of love", said in
 * any year, read no season (this summer was read), as TimeML marks no name of an era with no date
 * of its own. The caller asks only where no year follows ("the summer of love in 1967" is
 * `1967-SU`, read before); "this summer" counted by its determiner is never asked.
 *
 * @example isSeasonOfLove('the summer of love for a new generation', 'the summer'.length) // true
 */
export function isSeasonOfLove(text: string, end: number): boolean {
  return /^\s+of\s+love\b/i.test(text.slice(end));
}
