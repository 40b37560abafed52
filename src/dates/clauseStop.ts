// A stop, a semicolon, a colon, "!" or "?" before a space: where the clause before a date ends, for
// `split` (no "g" flag). A figure's point ("4.5%") or a stop at the text's end is none.
export const CLAUSE_STOP = /[.;:!?](?=\s)/;
