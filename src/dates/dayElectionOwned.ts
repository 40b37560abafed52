// "Tuesday's elections", "Sunday's presidential runoff", "Saturday's South Carolina primary": a
// weekday's possessive before a vote, with up to three words of its kind before the noun.
const ELECTION_AFTER =
  /^['’]s\s+(?:[\w-]+\s+){0,3}?(?:elections?|primary|primaries|run-?off|referendum|caucus(?:es)?|polls)\b/i;

/**
 * Whether the words after a weekday (`after`, opening with its "'s") name an election the day
 * owns. Told after a preposition in a sentence of no tense ("Democrats are hoping for a big
 * turnout in Tuesday's elections", said on Monday, 2 November 1998), it is the nearer such day,
 * the coming one here (1998-11-03), where a day's event is otherwise gone by: an election is news
 * in the days before it as much as after it. A sentence with a tense keeps the day's event gone
 * by ("would resign to take responsibility for his party's defeat in Sunday's upper house
 * election", said on a Monday, is the day before).
 *
 * @example dayElectionOwned("'s elections.") // true
 */
export function dayElectionOwned(after: string): boolean {
  return ELECTION_AFTER.test(after);
}
