/**
 * The verbs of having or being given a stretch of time ("has 30 days", "had a week", "were given
 * two months"), a regular expression's source: right before a count, the count is the time
 * allowed, a length ("Graduates have six months before they must start repaying"), not a day
 * counted from the event after "before" or "after".
 */
export const ALLOWANCE_VERB = 'has|have|had|having|gets?|got|given|gives?|gave|granted|allowed';
