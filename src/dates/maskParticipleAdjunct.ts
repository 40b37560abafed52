// "spent much of the weekend trying to secure a deal", "worked through Sunday hoping to reach
// them": a participle of striving or hoping right after the date, with no "be" of its own, tells
// how the time was spent; its "to" looks ahead from that time, not from now, and the main verb
// before the date tells the tense. "are trying to", "will spend the weekend trying to" keep
// their own cues.
const ADJUNCT_AFTER =
  /^(\s*,?\s*)(?:trying|hoping|looking|seeking|aiming|preparing|struggling|scrambling|working|racing|rushing)\s+to\b/i;

/**
 * The words after a date with a participle adjunct that opens them blanked out (the same length,
 * so distances hold), for the future cues to skip: "the weekend trying to secure a deal".
 */
export function maskParticipleAdjunct(after: string): string {
  return after.replace(ADJUNCT_AFTER, (words) => ' '.repeat(words.length));
}
