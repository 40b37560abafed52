/**
 * The nouns of a kind of work that put its title right after them ("the horror film Friday the
 * 13th", "the sequel Friday the 13th Part 2"), which every reader of a title shares; each adds
 * its own ("song", "novel", "book" …). A regular expression's alternatives, in lower case.
 */
export const WORK_NOUN_SOURCE = 'film|movie|movies|sequel|series';

/**
 * WORK_NOUN_SOURCE with the kinds of work a title follows in weekdayInName and in
 * outsideQuotedTitles both ("the song Manic Monday", "the musical 'Groundhog Day'"), which
 * outsideQuotedTitles adds more to. A regular expression's alternatives, in lower case.
 */
export const TITLE_NOUN_SOURCE = `${WORK_NOUN_SOURCE}|films|miniseries|sitcom|song|album|novel|musical|comedy|thriller`;
