/**
 * A noun of what came of a vote, named after it: "Tuesday's primary results", "Tuesday's
 * returns", "Tuesday's vote count", "the tally", "the turnout", "the outcome". A pattern source,
 * to be set between word boundaries and matched without regard to case; each rule adds its own
 * words ("losses", "exit polls").
 *
 * @example new RegExp(`^(?:${VOTE_OUTCOME_NOUN})$`, 'i').test('results') // true
 */
export const VOTE_OUTCOME_NOUN = 'results?|returns|count|tally|turnout|outcome';
