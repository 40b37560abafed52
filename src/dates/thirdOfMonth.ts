import { MONTH_WORD_LOOSE_SOURCE } from './monthNames.ts';

// "the last third of May", "the first third of June", "the final third of March": a third of a
// month by its place is the month, no day, though chrono reads "third of June" as 3 June. The
// words "third of" are written as "in", padded to their length, so chrono reads the month and its
// tense places it. The place before "third" tells the fraction from a day: "on the third of May"
// is the day. "of" may already be written "in" before "May" (prepositionBeforeMay).
// "a third of May's sales", "two thirds of June's output": a share of a month's figure, the month,
// when the month owns what is shared ("'s"); "a third of May" with no "'s" is left to chrono.
export const THIRD_OF_MONTH = new RegExp(
  `(?<=\\b(?:first|second|middle|last|final|closing|opening)\\s+)third\\s+(?:of|in)(?=\\s+(?:${MONTH_WORD_LOOSE_SOURCE})(?![\\w.]|\\s*\\d))` +
    `|(?<=\\b(?:a|one|two)[\\s-]+)thirds?\\s+(?:of|in)(?=\\s+(?:${MONTH_WORD_LOOSE_SOURCE})['’]s\\b)`,
  'gi',
);
