/**
 * A noun of a vote held on a day: "election", "by-election", "primary", "runoff", "referendum",
 * "caucus", "vote", "ballot", as "Tuesday's primary" or "Thursday's by-election" name it. A pattern
 * source, to be set between word boundaries and matched without regard to case; each rule adds
 * its own words ("midterms", "polls").
 *
 * @example new RegExp(`^(?:${VOTE_NOUN})$`, 'i').test('by-elections') // true
 */
export const VOTE_NOUN =
  '(?:by-)?elections?|primary|primaries|run-?offs?|referendum|caucus(?:es)?|vote|ballot';
