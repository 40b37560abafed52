/**
 * A bare plural unit that something takes someone to do: "It took rescuers hours to reach the
 * site" (PTXH), "It could take Honduras decades to recover" (PXE), "It took them weeks to find
 * the wreck" (PXW). Between the verb of taking and the unit stands whom it takes, a pronoun or
 * one word (a name or a plural, "the" before it allowed); after the unit, "to" and a verb. The
 * unit alone is the extent, as "could take months" reads "months".
 *
 * Leaves "the next months", "the last years", "the past years", "the coming weeks" (a span looked
 * over, read elsewhere, not whom it takes), and a unit with no "to" and a verb after it ("took
 * the children days", of no length told).
 *
 * @example 'It took rescuers hours to reach the site'.match(SPAN_TAKEN_TO_DO)?.[0] // 'hours'
 */
const TAKEN = 'take|takes|took|taken|taking';
const WHOM = String.raw`(?:(?:the\s+)?(?!(?:next|last|past|coming)\b)[A-Za-z][a-z'’]+)`;

export const SPAN_TAKEN_TO_DO = new RegExp(
  String.raw`(?<=\b(?:${TAKEN})\s+${WHOM}\s+)(minutes|hours|days|weeks|months|years|decades)(?=\s+to\s+[a-z]+\b)`,
  'gi',
);
