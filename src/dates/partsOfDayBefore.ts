import { PART_OF_DAY_SOURCE } from './partOfDay.ts';

// A part of the day named in the story: "this afternoon", "Friday evening", "tonight".
const PART_NAMED = new RegExp(String.raw`\b(${PART_OF_DAY_SOURCE}|tonight)\b`, 'gi');
// A greeting's "good" right before the part ("Good evening."): no part of the story's day.
const GREETING_BEFORE = /\bgood\s+$/i;
// How far back a part of the day is looked for: this sentence and the one before.
export const LOOK_BACK = 400;

/**
 * The parts of the day named in the text before a clock, up to LOOK_BACK characters back. "Good
 * evening. Polls opened at seven o'clock": a greeting names no part of the story's day.
 */
export function partsOfDayBefore(text: string, start: number): RegExpExecArray[] {
  const from = Math.max(0, start - LOOK_BACK);
  return [...text.slice(from, start).matchAll(PART_NAMED)].filter(
    (p) => !GREETING_BEFORE.test(text.slice(Math.max(0, from + p.index - 6), from + p.index)),
  );
}
