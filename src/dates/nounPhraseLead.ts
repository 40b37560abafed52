/**
 * The words that open a noun phrase a bare plural verb of schedule would close: an article, "this"
 * or "that", a possessive pronoun or a possessive noun ("Sunday's", "lawmakers'"), then up to three
 * words that are no plural subject ("a no-confidence vote", "the Senate vote", "a 52-48 vote",
 * "Sunday's vote", "a strong start"). A regular expression's source for a lookbehind: a "vote",
 * "meet" or "start" after it is the noun, never a plan's present ("The prime minister lost a
 * confidence vote in March" is the March gone by).
 *
 * A word ending in a single "s" is taken for a plural subject, so "The two chambers vote on
 * Friday", "Its members vote in May", "The G7 finance ministers meet in May" keep the verb, as do a
 * few plurals without one ("The people vote on Sunday") and two subjects joined by "and" or "or"
 * ("the House and Senate vote on Friday"), and so does a phrase after a plural and "in", "from",
 * "at" or "across", which is where that plural's members sit ("Lawmakers in the lower house vote on
 * Friday", "Foreign ministers from the bloc meet on Monday").
 *
 * @example new RegExp(`(?<=${NOUN_PHRASE_LEAD})vote`).test('lost a confidence vote') // true
 */
// The words that open the phrase.
const OPENER = String.raw`(?:\b(?:the|a|an|this|that|its|his|her|their|our)|\w+['’]s|\w+s['’])`;
// A plural and a word of where before the phrase: "Lawmakers in the lower house", "ministers from
// the bloc" are the verb's subject, the phrase only where they sit.
const MEMBERS_OF_PLACE = String.raw`(?<!\b\w{2,}[^\Ws]s\s+(?:in|from|at|across)\s+)`;
// The plurals with no "s" that may be a verb's subject.
const PLURAL_WITHOUT_S = 'people|men|women|children|police';
// A word of the phrase between its opener and the noun: no plural subject, nor "and" or "or".
const MODIFIER = String.raw`(?!(?:${PLURAL_WITHOUT_S}|and|or)\b)[\w-]*(?:[^\Ws]|ss)`;

export const NOUN_PHRASE_LEAD = String.raw`${MEMBERS_OF_PLACE}${OPENER}\s+(?:${MODIFIER}\s+){0,3}`;
