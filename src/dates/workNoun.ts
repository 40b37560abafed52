/**
 * The nouns of a kind of work that put its title right after them ("the horror film Friday the
 * 13th", "the sequel Friday the 13th Part 2"), which every reader of a title shares; each adds
 * its own ("song", "novel", "book" …). A regular expression's alternatives, in lower case.
 */
export const WORK_NOUN_SOURCE = 'film|movie|movies|sequel|series';
