// "said", "told", "added", "announced", "reported" …: the time of the saying.
/**
 * The past-tense verbs of saying ("said", "told", "noted" …), also read by passes that need one.
 */
export const REPORTING_VERBS: readonly string[] = [
  'said',
  'told',
  'added',
  'announced',
  'reported',
  'stated',
  'noted',
  'explained',
  'insisted',
  'declared',
  'wrote',
  'asked',
  'replied',
];
/**
 * The verbs of a clause of saying set off by commas in the middle of a sentence ("If the contract
 * expired in December, the union said, workers would strike", "…, analysts warned, …"): those of
 * REPORTING_VERBS, "says", and the verbs of warning or forecast.
 */
export const PARENTHETICAL_REPORTING_VERBS: readonly string[] = [
  ...REPORTING_VERBS,
  'says',
  'warned',
  'argued',
  'predicted',
  'cautioned',
];
// The same verbs, global, for each one in a stretch.
export const REPORTING = new RegExp(`\\b(?:${REPORTING_VERBS.join('|')})\\b`, 'g');
// The same verbs, for a test of whether a clause holds one.
export const REPORTED = new RegExp(REPORTING.source);
// How far from the date, in characters, a reporting verb still stands next to it.
export const REPORTING_REACH = 40;
// A quotation mark between the date and the reporting verb puts the verb outside the quote.
export const QUOTE_MARK = /''|``|["“”]/;
