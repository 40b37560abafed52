import { sentencesBetween } from './sentenceEnds.ts';

// A part of the day named in the story: "this afternoon", "Friday evening", "tonight".
const PART_OF_DAY = /\b(morning|afternoon|evening|night|tonight)\b/gi;
// The hours of the clock (1 to 12) that a part named before a clock holds past noon: after "this
// afternoon", "seven o'clock" is seven in the evening; after "tonight", "eleven o'clock" is 23:00.
const LATER_HOURS: Readonly<Record<string, readonly [number, number]>> = {
  afternoon: [1, 9],
  evening: [4, 11],
  night: [6, 11],
  tonight: [6, 11],
};
// How far back a part of the day is looked for: this sentence and the one before.
const LOOK_BACK = 400;

/**
 * Whether an hour of a clock with no part of its own ("shortly after seven o'clock") is past
 * noon because the last part of the day named before it, in its sentence or the one before, is
 * the afternoon, the evening or the night and holds that hour ("The ice fell this afternoon. The
 * road reopened shortly after seven o'clock": 19:00). A morning named last keeps the hour.
 */
export function clockAfterLaterPart(text: string, start: number, hour: number): boolean {
  const from = Math.max(0, start - LOOK_BACK);
  const parts = [...text.slice(from, start).matchAll(PART_OF_DAY)];
  const last = parts.at(-1);
  if (!last) return false;
  if (sentencesBetween(text, from + last.index, start) > 1) return false;
  const hours = LATER_HOURS[last[1]!.toLowerCase()];
  return hours !== undefined && hour >= hours[0] && hour <= hours[1];
}
