// "overnight Tuesday", "overnight on Tuesday", "Overnight Sunday": the night word wire copy
// writes before the day it falls on, as "Tuesday night" writes it after. Not "an overnight
// Tuesday flight" or "the overnight Tuesday shift" (an adjective, after an article), nor the
// night of "overnight Monday into Tuesday", which is read as its two days.
const OVERNIGHT_BEFORE = /(?<!\b(?:an?|the)\s+)\bovernight\s+(?:on\s+)?$/i;
const NEXT_DAY_AFTER = /^\s+(?:into|to|through|till|until)\b/i;

/**
 * Where "overnight" opens before a day written from `dayStart` to `dayEnd`, or undefined when no
 * night word stands there.
 *
 * @example
 * overnightBeforeDay('Drones struck overnight on Tuesday.', 27, 34) // 14
 */
export function overnightBeforeDay(
  text: string,
  dayStart: number,
  dayEnd: number,
): number | undefined {
  if (NEXT_DAY_AFTER.test(text.slice(dayEnd, dayEnd + 10))) return undefined;
  const before = text.slice(Math.max(0, dayStart - 16), dayStart);
  const m = OVERNIGHT_BEFORE.exec(before);
  return m ? dayStart - m[0].length : undefined;
}
