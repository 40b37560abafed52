import { WEEKDAY_PATTERN } from './weekdayNames.ts';

// A present of coming back ("return", "comes back", "are back", "resumes"), "from" or "after" a
// break the words name (its month, season or kind at most two words before the noun), then "on".
const BACK_FROM_BREAK_ON = new RegExp(
  String.raw`\b(?:returns?|comes?\s+back|(?:is|are)\s+back|resumes?|reopens?)\s+(?:from|after)\s+(?:its|their|the|his|her|our)\s+(?:[\w-]+\s+){0,2}?(?:recess|break|holidays?|vacation|half[-\s]term|hiatus)\s+on\s+$`,
  'i',
);
const WEEKDAY = new RegExp(`^(on\\s+)?${WEEKDAY_PATTERN}$`, 'i');
// Far enough back for the verb, the break's words and "on".
const REACH = 80;

/**
 * Whether the weekday at `start`..`end` is the day a present verb of coming back from a break
 * sets: "The Senate comes back from its August recess on Tuesday", "Pupils return after the
 * October half-term on Tuesday", said days before it. The return is a schedule's present, so the
 * day is the coming one. Not a past ("Senators came back from their recess on Monday"), nor a
 * return from what is no break ("returns from its tour on Monday").
 *
 * @example backFromBreakOn('MPs return from their summer break on Monday.', 37, 43) // true
 */
export function backFromBreakOn(text: string, start: number, end: number): boolean {
  const day = WEEKDAY.exec(text.slice(start, end));
  if (!day) return false;
  const at = start + (day[1]?.length ?? 0);
  return BACK_FROM_BREAK_ON.test(text.slice(Math.max(0, at - REACH), at));
}
