/**
 * A plural subject's bare verb of travel or of resuming, with where it goes or what it takes up
 * after it: "Senators return to the capital Monday", "The leaders arrive in Geneva Friday",
 * "Troops leave for Bosnia Monday", "The two sides resume talks Thursday". In the present such a
 * verb is a schedule's, as "The senator returns to the capital Monday" already was; the bare form
 * is read only right after a plural ("Senators", "leaders", "they", "we"), with a preposition of
 * the destination or a noun of proceedings after it, so that "the return to Moscow on Monday"
 * (a noun) and "Workers leave the plant each day" are not taken, nor a count after the verb
 * ("Tornadoes leave at least 12 dead in Oklahoma Monday", a headline's present of what happened).
 * A regular expression's source, for PRESENT_SCHEDULE.
 */
export const PLURAL_TRAVEL_VERB_SOURCE = [
  String.raw`(?<=\b(?:\w+[a-rtv-z]s|they|we)\s)`,
  '(?:',
  String.raw`(?:return|arrive|leave|depart|head|fly|travel)(?=\s+(?:to|for|in|into|at(?!\s+(?:least|most)\b)|home|back)\b)`,
  '|',
  String.raw`resume(?=\s+(?:talks|negotiations|hearings|deliberations|testimony|work|play)\b)`,
  ')',
].join('');
