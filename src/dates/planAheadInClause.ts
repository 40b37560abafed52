/**
 * A clause that looks ahead by a plan or an expectation rather than a modal: "the bridge was
 * expected to reopen", "the city plans to repair roads", "the line is due to open". What it looks
 * ahead to is still to come (or was, when told), so a bare season fronted before it ("By spring
 * the bridge was expected to reopen") is the coming one. Not a plan told as given up or changed
 * ("was originally expected to", "had been expected to", "was supposed to"), whose season may be
 * one gone by, nor a plan in a relative clause ("the man who hopes to"), nor past a comma.
 */
export const PLAN_AHEAD_IN_CLAUSE =
  /^[^,;:.!?]*?(?<!\b(?:that|which|who|whom|whose|what|where)\b[^,;:.!?]*)\b(?:(?:is|are|was|were)\s+(?:(?:also|still|now|widely)\s+)?(?:expected|scheduled|set|due|slated|planned|projected|poised|forecast)\s+to|(?:plans?|hopes?|aims?|intends?|expects?|seeks?|promises?|vows?|pledges?)\s+to)\s+[a-z]+/i;
