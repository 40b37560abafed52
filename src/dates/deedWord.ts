// A word that opens or tells another clause: none of a deed's words ("Officials who will oversee
// the vote were appointed by", "Analysts will watch whether sales fell by").
const CLAUSE_WORD = String.raw`(?:was|were|had|has|have|is|are|whether|who|which|that|and|but|or|if)\b`;

/**
 * A word of a deed still to be done and the space after it, as a regular expression's source: a
 * number may hold commas ("cut 2,000 jobs "); never a word of another clause. Repeated before
 * "by" in an expectation of a deadline ("expects to complete the sale by").
 */
export const DEED_WORD = String.raw`(?!${CLAUSE_WORD})[\w'’$%.-]+(?:,[\w'’$%.-]+)*\s+`;
