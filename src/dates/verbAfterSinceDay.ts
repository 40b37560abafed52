/**
 * The finite verbs that, right after a day or its occasion following "since", make "since" mean
 * "because" ("Since March 20 is a Thursday", "Since the March 20 vote is only a week away"): the
 * day is then no start of a stretch, as an alternation for a regular expression.
 */
export const VERB_AFTER_SINCE_DAY = 'is|was|are|were|falls|fell|will|would|has|had|marks|marked';
