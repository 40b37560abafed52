import { MODALS } from './modals.ts';
import { sentenceStartAt } from './sentenceEnds.ts';

// "back in March", "way back in the spring", "as far back as January": "back" before "in" looks
// into the past. Not the "back" of a return ("will be back in March", "comes back in June",
// "expected back in April", "have him back in May"), which the word before it tells.
const BACK_IN_BEFORE =
  /(?<!\b(?:be|been|being|is|are|was|were|am|['’]s|['’]re|['’]m|come|comes|coming|came|go|goes|going|went|get|gets|getting|got|bring|brings|bringing|brought|return|returns|returning|due|expected|head|heads|heading|fly|flies|flying|move|moves|moving|him|her|them|it|us|me|you|way\s+to)\s+)\bback\s+in\s+(?:the\s+)?$/i;
// A clause that looks ahead before it, where "back" is a deed to come ("NBC will bring the show
// back in the fall", "The company plans to cut back in June", "Stocks should bounce back in May").
const AHEAD_BEFORE = new RegExp(
  String.raw`\b(?:${MODALS}|won['’]t|going\s+to|plans?\s+to|planning\s+to|intends?\s+to|hopes?\s+to|wants?\s+to)\b|\w['’]ll\b`,
  'i',
);

/**
 * Whether the time at `start` follows "back in", which looks into the past: "Senator Mitchell set
 * the deadline back in March", said on 10 April 1998, is March gone by, where the unchanged
 * participle "set" had put it ahead. Not the "back" of a return ("He will be back in March"), nor
 * one in a sentence that looks ahead before it ("NBC will bring the show back in the fall").
 *
 * @example backInGoneBy('Mitchell set the deadline back in March.', 34) // true
 */
export function backInGoneBy(text: string, start: number): boolean {
  return (
    BACK_IN_BEFORE.test(text.slice(Math.max(0, start - 40), start)) &&
    !AHEAD_BEFORE.test(text.slice(sentenceStartAt(text, start), start))
  );
}
