/**
 * A plural subject right before its bare verb, a lookbehind's source: a plural ("talks",
 * "Broncos"; not "-ss" or "-us": "Congress", "bus"), "they" or "we", perhaps with its "that" or
 * "which" ("talks that end Tuesday") or with a relative clause closed by commas between ("The
 * Broncos, who lost their opener, play Sunday"). Bare verbs ("end", "play") are read as a
 * plural's only there, so that a noun ("a dead end", "the play") is not taken for one.
 */
const PLURAL = String.raw`\b(?:\w+[a-rtv-z]s|they|we)`;
const RELATIVE_ASIDE = String.raw`,\s+(?:who|which)\s[^,.;]{1,80},`;

export const PLURAL_SUBJECT_BEFORE = String.raw`(?<=${PLURAL}(?:,?\s+(?:which|that)|${RELATIVE_ASIDE})?\s)`;
