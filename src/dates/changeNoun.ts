/**
 * Nouns of a figure's move from one period to the next ("decline", "gain", "drops"), as a regular
 * expression's alternatives: a rate word before them ("monthly decline") tells the step of the
 * move, not a recurrence.
 */
export const CHANGE_NOUN =
  'declines?|drops?|falls?|gains?|rises?|increases?|decreases?|loss(?:es)?|advances?|slides?|dips?|jumps?|contractions?|rebounds?|surplus(?:es)?|deficits?';
