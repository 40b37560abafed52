import { MONTH_NAMES } from './monthNames.ts';

// A month after "in" is a time, not a place ("by midafternoon in March" is left as it was).
const MONTH_CAPITALISED = [
  ...MONTH_NAMES.map((m) => m[0]!.toUpperCase() + m.slice(1)),
  ...MONTH_NAMES.map((m) => m[0]!.toUpperCase() + m.slice(1, 3)),
  'Sept',
].join('|');

/**
 * A place after a bare part of the day or a sun word: "The Nikkei was off 310 points by
 * midafternoon in Tokyo", "Shares were 8% higher by mid-morning in Frankfurt", "Oil was trading at
 * $71 by midafternoon in New York", said on 12 March 2026, are that day (`2026-03-12TAF`,
 * `…TMO` in TimeML mode), where the place after the part of the day was taken for words that
 * could name another day and nothing was read; "by dusk in Gaza" alike. A regular expression's
 * source, to stand among the words that may follow such a part of the day: "in" and a capitalised
 * word, not a month's name ("by midafternoon in March"). The source is to be used case-sensitively
 * (`isPlaceAfterPart` asks it so for a caller whose own pattern ignores case).
 *
 * @example isPlaceAfterPart(' in Tokyo.') // true
 */
export const PLACE_AFTER_PART_SOURCE = String.raw`\s+in\s+(?!(?:${MONTH_CAPITALISED})\b)[A-Z]`;

const PLACE_AFTER_PART = new RegExp(`^${PLACE_AFTER_PART_SOURCE}`);

/** Whether the words after a part of the day open with a place after "in" (" in Tokyo"). */
export function isPlaceAfterPart(after: string): boolean {
  return PLACE_AFTER_PART.test(after);
}
