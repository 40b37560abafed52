// The verb of taking, in each of its forms, at the start of a sentence too.
const TAKEN = '[Tt]ake|[Tt]akes|[Tt]ook|[Tt]aken|[Tt]aking';
// Whom it takes: an object pronoun, a name, a plural, or "the" and a word (not "the next", "the
// last", "the past", "the coming", a span looked over).
const WHOM = String.raw`(?:me|you|him|her|us|them|[A-Z][A-Za-z'’.-]*|[a-z]+s|the\s+(?!(?:next|last|past|coming)\b)[A-Za-z][a-z'’]+|the\s+[A-Z][A-Za-z'’.-]*(?:\s+[A-Z][A-Za-z'’.-]*){0,2})`;
// "more" or "some" before the unit, with or without whom it takes: "It will take more days to
// count the ballots", "It may take some years to know".
const MORE_OR_SOME = String.raw`(?:more|some)`;
// A determiner after "to" makes it a preposition ("took her minutes to the board"), no verb.
const DETERMINER = 'the|a|an|his|her|its|their|our|my|your|this|that|these|those';

/**
 * A bare plural unit that something takes someone to do: "It took rescuers hours to reach the
 * site" (PTXH), "It could take Honduras decades to recover" (PXE), "It took them weeks to find
 * the wreck" (PXW). Between the verb of taking and the unit stands whom it takes: an object
 * pronoun, a name, a plural ("rescuers"), "the" and a word ("the town") or up to three
 * capitalised ones ("It took the Red Cross days to get supplies in", "It will take the NHS years to
 * clear the backlog"); "more" or "some" may stand before the unit, with or without whom ("It will
 * take more days to count the ballots", "It may take some years to know"). After the unit, "to"
 * and a verb. The unit alone is the extent, as "could take months" reads "months". Matched with
 * case, so that the unit is a common word.
 *
 * Leaves "the next months", "the last years", "the past years", "the coming weeks" (a span looked
 * over, read elsewhere, not whom it takes); a unit with no "to" and a verb after it ("took the
 * children days", of no length told; "took her minutes to the board", a determiner after "to");
 * a unit named with a capital ("took Senator Weeks to lunch", "took The Hours to Berlin"); and a
 * lone singular word or a bare "the" before the unit, which makes a noun with it ("takes office
 * hours to meet voters", "took the minutes to file").
 *
 * @example 'It took rescuers hours to reach the site'.match(SPAN_TAKEN_TO_DO)?.[0] // 'hours'
 */
export const SPAN_TAKEN_TO_DO = new RegExp(
  String.raw`(?<=\b(?:${TAKEN})\s+(?:${WHOM}\s+(?:${MORE_OR_SOME}\s+)?|${MORE_OR_SOME}\s+))(minutes|hours|days|weeks|months|years|decades)(?=\s+to\s+(?!(?:${DETERMINER})\b)[a-z]+\b)`,
  'g',
);
