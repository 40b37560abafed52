import { WORDS_TO_99 } from './readNumber.ts';

const COUNT_WORD = String.raw`(?:${WORDS_TO_99}|\d+)`;
// ", according to the district's own count", ", according to the monitors' figures": the stretch's
// numbers are a count's, told by whoever counted. Not ", according to a UN spokesman".
const ACCORDING_TO_COUNT =
  /^\s*,\s+according\s+to\b[^.;:!?,]*?\b(?:count|counts|tally|tallies|total|totals|figures|numbers|estimates?|records)\b/i;
// ", leaving five of them open", ", with three still taking in families", ", bringing the city's
// total to eleven", ", out of fourteen the storm had shut": a clause that goes on counting the
// things the stretch counted. Not ", leaving families to sleep in their cars".
const COUNTING_CLAUSE = /^\s*,\s+(?<lead>leaving|with|bringing|out\s+of)\s+(?<rest>[^.;:!?]*)/i;
// In that clause, a part of a whole or a total reached: "one of the nine", "five of them",
// "total to eleven".
const PART_OR_TOTAL = new RegExp(
  String.raw`\b${COUNT_WORD}\s+of\s+(?:them|the\s+${COUNT_WORD})\b|\b(?:total|tally|count)\s+(?:\w+\s+)?to\s+${COUNT_WORD}\b`,
  'i',
);
// "out of fourteen": the whole the count is a part of.
const WHOLE_AFTER_OUT_OF = new RegExp(String.raw`^${COUNT_WORD}\b`, 'i');
// The clause's first word after "leaving" or "with", "only" or "just" aside.
const FIRST_WORD = /^(?:(?:only|just)\s+)?(?<word>[\w-]+)/i;
const OUT_OF = /^out/i;

/**
 * Whether the words right after a stretch of hours in words ("from nine to five yesterday") tell
 * that its two numbers were counts, not clocks: "Flood shelters in the county closed from nine to
 * five yesterday, leaving five of them open", "Schools closed from one to ten this morning,
 * according to the district's own count". `ends` are the stretch's two numbers as told.
 */
export function countToldAfterRange(after: string, ends: readonly string[]): boolean {
  if (ACCORDING_TO_COUNT.test(after)) return true;
  const clause = COUNTING_CLAUSE.exec(after)?.groups;
  if (!clause) return false;
  const rest = clause.rest!;
  if (OUT_OF.test(clause.lead!)) return WHOLE_AFTER_OUT_OF.test(rest);
  // "with three still taking in families": one of the stretch's own numbers counted again.
  const first = FIRST_WORD.exec(rest)?.groups?.word?.toLowerCase();
  if (first && ends.some((end) => end.toLowerCase() === first)) return true;
  return PART_OR_TOTAL.test(rest);
}
