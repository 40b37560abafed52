/**
 * The verbs of serving a term ("served 11 years", "must serve 22 years"), a regular expression's
 * source: right before a count, the count is the time served, a length ("He served 11 years before
 * he was freed" is `P11Y`), not a day counted back from the event after "before" or on from one
 * after "after", as a count after "for" or a verb of lasting is.
 *
 * Not the passive of serving a paper ("The notice was served two days before the hearing", "had
 * been served a week after the crash"), nor its participle after the paper ("The eviction notice,
 * served three days before Christmas", "A summons served two days before the hearing"): what was
 * served there is a thing, and the count a day from the event.
 *
 * @example new RegExp(`\\b(?:${SERVING_VERB})\\s+$`).test('He served ') // true
 */
// The papers a court or the police serve, before "served" as its participle ("The eviction notice,
// served three days before Christmas", "A summons served two days before the hearing").
const SERVED_PAPER = String.raw`(?:notices?|summons(?:es)?|writs?|papers|warrants?|injunctions?|orders?|subpoenas?|documents)`;

export const SERVING_VERB = [
  String.raw`(?<!\b(?:was|were|been|be|being|is|are|get|got)\s+)`,
  String.raw`(?<!\b${SERVED_PAPER}\s*,?\s+)`,
  '(?:serve|serves|served|serving)',
].join('');
