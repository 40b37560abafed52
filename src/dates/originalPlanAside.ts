import { WEEKDAY_WORD } from './weekdayNames.ts';

// ", originally scheduled for", ", which was initially set for", ", first planned for": an aside
// naming the day a plan first had.
const ASIDE_BEFORE =
  /,\s*(?:(?:which|that)\s+(?:was|were|had\s+been)\s+(?:(?:originally|initially|first)\s+)?|(?:originally|initially|first)\s+)(?:scheduled|set|planned|slated|due)\s+(?:(?:for|on)\s+)?$/i;
// The aside closed, then the main clause's past of putting the plan off or calling it off.
const PUT_OFF_AFTER =
  /^\s*,\s*(?:(?:has|have|had)\s+been|was|were)\s+(?:\w+ly\s+)?(?:postponed|delayed|pushed\s+back|put\s+off|called\s+off|cancell?ed|canceled|scrapped|moved|brought\s+forward|adjourned|suspended|rescheduled|shelved)\b/i;

/**
 * Whether the weekday at [start, end) is the day a plan first had, named in an aside before the
 * plan was put off or called off: "The vote, originally scheduled for Friday, was delayed by 24
 * hours", "The match, which was scheduled for Wednesday, was called off". Whether that day is gone
 * by depends on when the plan was changed, which the sentence does not tell; the day is the
 * nearest such one to publication (the Friday just gone in a Saturday copy, the coming one in a
 * Wednesday copy), as for a plan told in the past. Not a plan's day in the main clause ("The vote
 * was scheduled for Friday") nor an aside not followed by a change of plan.
 */
export function originalPlanAside(text: string, start: number, end: number): boolean {
  return (
    WEEKDAY_WORD.test(text.slice(start, end).replace(/^on\s+/i, '')) &&
    ASIDE_BEFORE.test(text.slice(Math.max(0, start - 60), start)) &&
    PUT_OFF_AFTER.test(text.slice(end, end + 60))
  );
}
