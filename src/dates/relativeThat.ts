/**
 * "that" as a relative pronoun, the subject of the verb after it: "a summit that opens Tuesday",
 * "talks that end Friday". Before a verb the determiner "that" cannot be ("that opens" is no noun
 * phrase, "that" taking no plural noun), but after a verb of saying or thinking it opens a clause
 * whose first word may be a plural noun ("He denied that reports on Monday were true"), and after
 * "so", "now", "given" or a participle it is a conjunction, so those are left out. Sources of
 * lookbehinds, to be put right before the verb.
 */
// The words after which "that" opens a clause rather than describing a noun.
const NOT_NOUN = [
  'said|says|say|told|tells|tell|argues|argued|insists|insisted|claims|claimed|believes|believe',
  'thinks|think|hopes|hope|fears|fear|means|mean|shows|show|suggests|suggest|warns|warned|notes',
  'noted|adds|added|expects|expect|knows|know|stresses|stressed|ensures|ensure|denies|deny|so|now',
  'such|given|except|provided|is|was|are|were|be|been|fact|news|clear|sure|reports|announced',
].join('|');
// A word that may be a noun: not one of those, nor a past participle ("reported that").
const NOUN_WORD = String.raw`\b(?!(?:${NOT_NOUN})\b)[A-Za-z][\w'’-]*(?<!ed)`;

/** "that" after a word that may be a noun: read before a verb in the singular ("…s"). */
export const THAT_OF_NOUN = String.raw`(?<=${NOUN_WORD}\s+that\s)`;

/**
 * "that" or "which" after a plural ("talks that", "hearings, which"): read before a bare verb,
 * whose subject the plural is. A plural is a word in "s" but not "-ss" or "-us" ("Congress").
 */
export const THAT_OF_PLURAL = String.raw`(?<=\b(?!(?:${NOT_NOUN})\b)\w+[a-rtv-z]s,?\s+(?:that|which)\s)`;
