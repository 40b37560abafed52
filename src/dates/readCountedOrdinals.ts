import { claimedWords } from './claimedWords.ts';
import { ORDINAL_AFTER_FIRST_SOURCE } from './ordinalsAfterFirst.ts';
import type { Pass, Reading } from './Reading.ts';

/** "a", "another" before an ordinal: a count ("for a second quarter", "a third straight week"). */
export const COUNTING_DETERMINER = /\b(?:a|another)\s+$/i;

// "for a second term", "for a third time", "a fourth straight week": an ordinal after "a" with a
// noun after it counts; chrono would read "for a second" as a moment, at noon. "For a second, or
// two" and "in a second and a half" keep the unit. Quarters and halves are read where they are.
const COUNTED_ORDINAL = new RegExp(
  `\\b(?:a|another)\\s+(?:${ORDINAL_AFTER_FIRST_SOURCE})(?=\\s+(?!(?:or|and|to|of|in|on|at|for|before|after|later|ago|earlier|quarter|half)\\b)[a-z])`,
  'gi',
);

/**
 * A claim on words that count rather than name, from the determiner to `end`: it outranks every
 * reading and gives no mention (`Reading.claimOnly`).
 */
export function countedClaim(text: string, start: number, end: number): Reading {
  const determiner = COUNTING_DETERMINER.exec(text.slice(0, start));
  return claimedWords(determiner ? determiner.index : start, end);
}

/** "a second term", "another third time": counted ordinals, claimed so nothing reads them. */
export const readCountedOrdinals: Pass = (text) =>
  [...text.matchAll(COUNTED_ORDINAL)].map((m) =>
    countedClaim(text, m.index, m.index + m[0].length),
  );
