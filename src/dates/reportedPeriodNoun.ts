/**
 * The noun after a quarter or half written as an adjective, a word or two, perhaps held by "per"
 * or "of" and a few words more: "earnings", "sales growth", "earnings per share", "sales of its
 * new computer". A regular expression's source, to be followed by the clause's verb.
 */
export const REPORTED_PERIOD_NOUN_SOURCE = String.raw`(?:[a-z][\w'’-]*\s+){1,2}?(?:(?:per|of)\s+(?:[a-z][\w'’-]*\s+){1,3}?)?`;
