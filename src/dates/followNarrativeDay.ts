import type { Mention } from '../model/mention.ts';
import type { Anchor } from './Reading.ts';
import { timexRange } from './timexRange.ts';
import { dayOfValue } from './valueShape.ts';

/**
 * The day a narrative is on after `mention`, a calendar mention: the mention itself when it names
 * a day ("On Oct. 23, 1998", "Tuesday", "10 p.m. Friday"); the day before it when the mention is
 * coarser and takes that day in ("the worst fire that year", "in October"), since it moves the
 * story nowhere; none when it names another stretch ("In April, …"), whose day is unknown.
 *
 * @example followNarrativeDay(octoberTwentyThird, thatYear) // octoberTwentyThird
 */
export function followNarrativeDay(day: Anchor | undefined, mention: Mention): Anchor | undefined {
  if (dayOfValue(mention.value) !== undefined) {
    return {
      value: mention.value,
      source: { kind: 'mention', text: mention.text, start: mention.start, value: mention.value },
    };
  }
  if (!day) return undefined;
  // The story's day is always one named to the day (this function's or a zone conversion's).
  const on = dayOfValue(day.value)!;
  const { start, end } = timexRange(mention.value);
  return start <= on && on <= end ? day : undefined;
}
