/**
 * A clause that looks ahead by a plan or an expectation rather than a modal, told in the present:
 * "the bridge is expected to reopen", "the city plans to repair roads", "the line is due to open".
 * What it looks ahead to is still to come, so a bare season fronted before it ("By spring the
 * bridge is expected to reopen") is the coming one. Not a plan in a relative clause ("the man who
 * hopes to"), nor past a comma, nor a plan word used as a noun, which has no subject before it or
 * follows a determiner or a possessive ("By winter, promises to cut taxes were forgotten", "the
 * city's plans to build a stadium had collapsed"): those tell what became of a plan.
 */
export const PLAN_AHEAD_IN_CLAUSE =
  /^[^,;:.!?]*?(?<!\b(?:that|which|who|whom|whose|what|where)\b[^,;:.!?]*)(?:\b(?:is|are)\s+(?:(?:also|still|now|widely)\s+)?(?:expected|scheduled|set|due|slated|planned|projected|poised|forecast)\s+to|(?<=(?:^|\s)(?!(?:the|a|an|its|their|his|her|our|my|your|this|that|these|those|such|no|any|some|new)\b)[A-Za-z]+\s+)(?:plans?|hopes?|aims?|intends?|expects?|seeks?|promises?|vows?|pledges?)\s+to)\s+[a-z]+/i;

/**
 * The same plan told in the past ("By spring the bridge was expected to reopen"): the coming
 * season only while nothing points to a time gone by, which PLAN_TOLD_FAILED and a year named
 * before tell. Not a plan told as given up or changed ("was originally expected to", "had been
 * expected to", "was supposed to").
 */
export const PLAN_AHEAD_TOLD_PAST =
  /^[^,;:.!?]*?(?<!\b(?:that|which|who|whom|whose|what|where)\b[^,;:.!?]*)\b(?:was|were)\s+(?:(?:also|still|now|widely)\s+)?(?:expected|scheduled|set|due|slated|planned|projected|poised|forecast)\s+to\s+[a-z]+/i;

/**
 * A plan told to have failed or dragged on later in its sentence ("..., but work dragged on for
 * years"), whose season is one gone by.
 */
export const PLAN_TOLD_FAILED = /^[^.!?]*\b(?:but|yet|though|although|instead)\b/i;
