/**
 * The modals of what will or may come ("will", "would", "could", "should", "may", "might"): those
 * of MODALS but "must", "shall" and "can" (a regular expression's alternatives).
 */
export const LIKELY_MODALS = 'will|would|could|should|may|might';
/** The modal verbs, before which no deed is gone by (a regular expression's alternatives). */
export const MODALS = `${LIKELY_MODALS}|must|shall|can`;

/**
 * A modal of the future, "will", "shall", "won't" or "'ll" ("Results will be announced at noon",
 * "we'll know"): a regular expression's source. Where it stands, a clause looks ahead whatever
 * tense a participle after it seems to have.
 */
export const FUTURE_MODAL_SOURCE = String.raw`\b(?:will|shall|won['’]t)\b|\w['’]ll\b`;
