/** The modal verbs, before which no deed is gone by (a regular expression's alternatives). */
export const MODALS = 'will|would|could|should|may|might|must|shall|can';
