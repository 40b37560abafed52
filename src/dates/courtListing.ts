const SITTING =
  '(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:hearing|trial|retrial|sentencing|sentence|mention|appeal|plea|review|judgment|inquest)';

/**
 * A case said to be listed for a court's sitting: "The appeal is listed for a two-day hearing in
 * June", "The case has been listed for trial in June", "The trial, listed to start in June, …".
 * British courts "list" a case as American ones schedule it, so the sitting is still to come, as
 * after "scheduled". A regular expression's source, to stand among the words that look ahead; not
 * after "was" or "were" (a listing told in the past may be gone by), and not "listed for sale" or
 * "listed for $500,000" (a house or a share's listing).
 *
 * @example new RegExp(COURT_LISTING, 'i').test('is listed for trial') // true
 */
export const COURT_LISTING = String.raw`(?<!\b(?:was|were)\s+)listed\s+(?:for\s+${SITTING}\b|to\s+(?:be\s+heard|start|begin|open|resume)\b)`;
