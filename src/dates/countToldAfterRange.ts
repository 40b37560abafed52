import { WORDS_TO_99 } from './readNumber.ts';

const COUNT_WORD = String.raw`(?:${WORDS_TO_99}|\d+)`;
// ", according to the district's own count", ", according to the monitors' figures": the stretch's
// numbers are a count's, told by whoever counted. Not ", according to a UN spokesman", nor
// ", according to county records", which tell the hours kept.
const ACCORDING_TO_COUNT =
  /^\s*,\s+according\s+to\b[^.;:!?,]*?\b(?:count|counts|tally|tallies|total|totals|figures|numbers|estimates?)\b/i;
// ", leaving five of them open", ", with three still taking in families", ", bringing the city's
// total to eleven", ", out of fourteen the storm had shut": a clause that goes on counting the
// things the stretch counted. Not ", leaving families to sleep in their cars".
const COUNTING_CLAUSE = /^\s*,\s+(?<lead>leaving|with|bringing|out\s+of)\s+(?<rest>[^.;:!?]*)/i;
// In that clause, a part of a whole or a total reached: "one of the nine", "five of them",
// "total to eleven"; the word after a part of a whole is asked of (countsTheSame).
const PART_OF_WHOLE = new RegExp(
  String.raw`\b${COUNT_WORD}\s+of\s+(?:them\b|the\s+${COUNT_WORD}\b(?<next>\s+[a-z]+)?)`,
  'i',
);
const TOTAL_REACHED = new RegExp(
  String.raw`\b(?:total|tally|count)\s+(?:\w+\s+)?to\s+${COUNT_WORD}\b`,
  'i',
);
// A word after a count that names nothing new: "three still taking in families", "five open",
// "one of the nine remaining".
const NOTHING_NEW =
  /^(?:still|now|yet|only|open|closed|shut|left|remaining|more|others?|were|are|was|is|stayed|remain(?:ed)?|\w+ing)$/i;
const NEXT_WORD = /^\s*(?<word>[a-z]+)/i;
const PLURAL_END = /e?s$/i;
const WORDS = /[^a-z]+/i;
// "out of fourteen": the whole the count is a part of.
const WHOLE_AFTER_OUT_OF = new RegExp(String.raw`^${COUNT_WORD}\b`, 'i');
// The clause's first word after "leaving" or "with", "only" or "just" aside.
const FIRST_WORD = /^(?:(?:only|just)\s+)?(?<word>[\w-]+)/i;
const OUT_OF = /^out/i;

/**
 * Whether the words right after a stretch of hours in words ("from nine to five yesterday") tell
 * that its two numbers were counts, not clocks: "Flood shelters in the county closed from nine to
 * five yesterday, leaving five of them open", "Schools closed from one to ten this morning,
 * according to the district's own count". `ends` are the stretch's two numbers as told, `before`
 * its sentence before it.
 */
export function countToldAfterRange(
  after: string,
  ends: readonly string[],
  before: string,
): boolean {
  if (ACCORDING_TO_COUNT.test(after)) return true;
  const clause = COUNTING_CLAUSE.exec(after)?.groups;
  if (!clause) return false;
  const rest = clause.rest!;
  if (OUT_OF.test(clause.lead!)) return WHOLE_AFTER_OUT_OF.test(rest);
  // "with three still taking in families": one of the stretch's own numbers counted again.
  const first = FIRST_WORD.exec(rest);
  const word = first?.groups?.word?.toLowerCase();
  const next = first
    ? NEXT_WORD.exec(rest.slice(first.index + first[0].length))?.groups?.word
    : undefined;
  if (word && ends.some((end) => end.toLowerCase() === word) && countsTheSame(next, before)) {
    return true;
  }
  if (TOTAL_REACHED.test(rest)) return true;
  const part = PART_OF_WHOLE.exec(rest);
  return part !== null && countsTheSame(part.groups?.next?.trim(), before);
}

/**
 * Whether a count's next word counts the things the stretch counted: none, a word that names
 * nothing new ("three still taking in families"), or the things its sentence named before it
 * ("Mountain passes … closed from two to seven yesterday, leaving only one of the nine passes
 * open"); not "with nine doctors on hand", "with seven of the nine wards reporting long lines".
 */
function countsTheSame(next: string | undefined, before: string): boolean {
  if (!next || NOTHING_NEW.test(next)) return true;
  const stem = next.toLowerCase().replace(PLURAL_END, '');
  return before.split(WORDS).some((w) => w.toLowerCase().replace(PLURAL_END, '') === stem);
}
