/**
 * The participles that tell a plan, not a deed gone by ("scheduled Jan. 31", "Talks planned by the
 * UN"), though they end in -ed as past verbs do. A regular expression's alternatives.
 */
export const PLAN_PARTICIPLES = 'scheduled|expected|planned|slated|proposed|needed|based';

/**
 * The words that put a plan's date after them ("scheduled for May", "set Jan. 31", "due on
 * Friday"): the plan participles, "set" and "due". A regular expression's alternatives.
 */
export const PLAN_WORDS = `${PLAN_PARTICIPLES}|set|due`;
