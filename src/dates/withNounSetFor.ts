import { DETERMINER } from './determiner.ts';

/**
 * "with" and a noun phrase of up to three words before "set for": an absolute phrase of a plan,
 * as a present "is set for" is ("Nominations are announced Tuesday, with the ceremony set for
 * March 14", "with a nationwide release set for Jan. 9", "with its premiere set for Friday").
 * A regular expression's source for the lead before "set for", which FUTURE_CUE reads only before
 * a time, as it does "is set for".
 */
export const WITH_NOUN_SET_FOR = String.raw`(?<=\bwith\s+${DETERMINER}\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+\s+)`;
