// A stretch told as the one right after the feast named next: "the week after", "the days after",
// "the first two weeks after", "the period just after".
const STRETCH_AFTER_BEFORE =
  /\b(?:the|in|during|over)\s+(?:(?:first|next|few|two|three|several)\s+)*(?:week|weeks|days|period|stretch)\s+(?:right\s+|just\s+|immediately\s+)?after\s+$/i;

/**
 * Whether the words before a feast (`before`, up to its name) tell of the stretch right after it:
 * "Sales in the week after Christmas are expected to be heavy", "during the days after
 * Thanksgiving". Said in the days just after the feast, that stretch is under way, so the feast is
 * the one gone by whatever the future of the clause says; readHolidays asks it only then. Not the
 * feast after "after" alone ("Sales after Christmas will be heavy"), nor after "the day after",
 * which is one day and told by the clause's tense.
 *
 * @example stretchAfterFeast('Sales in the week after ') // true
 */
export function stretchAfterFeast(before: string): boolean {
  return STRETCH_AFTER_BEFORE.test(before);
}
