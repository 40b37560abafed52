/**
 * The verbs of having a stretch of time ("has 30 days", "had a week", "got two months"), a regular
 * expression's source: right before a count, the count is the time allowed, a length ("Graduates
 * have six months before they must start repaying"), not a day counted from the event after
 * "before" or "after".
 */
export const ALLOWANCE_VERB = 'has|have|had|having|gets?|got';

/**
 * The verbs of giving a stretch of time ("were given 60 days", "was granted a month"), a regular
 * expression's source. Right before a count they give the time allowed only when what it is
 * allowed for follows ("Tenants were given 60 days after the sale to move out"): else what was
 * given is a thing, and the count a day from the event ("The award was granted two years after
 * his death", "The second dose is given three weeks after the first").
 */
export const GRANTING_VERB = 'given|gives?|gave|granted|allowed';

/** What the time is allowed for, after the count and its event: "… to move out". */
export const ALLOWED_FOR_AFTER = /^[^.;:!?]*?\bto\s+[a-z]/i;
