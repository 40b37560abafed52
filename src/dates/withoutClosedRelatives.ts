// A relative clause set off by commas: ", which had been scheduled for Tuesday,", ", who had
// promised a vote,". Its closing comma is kept, so the clause before the date still ends there.
const CLOSED_RELATIVE = /,\s*(?:which|who)\b[^,;:()—]*(?=,)/gi;

/**
 * `words` (the words of a sentence before a date) with each relative clause between commas that
 * closed before the date blanked, keeping every offset where it was: its verb is the clause's own
 * and tells nothing of the date after it. "The vote, which had been scheduled for Tuesday, was
 * postponed to Thursday": the past perfect of the aside does not make Thursday gone by.
 *
 * @example withoutClosedRelatives('The vote, which had been set, was moved to ')
 * // 'The vote                     , was moved to '
 */
export function withoutClosedRelatives(words: string): string {
  return words.replace(CLOSED_RELATIVE, (aside) => ' '.repeat(aside.length));
}
