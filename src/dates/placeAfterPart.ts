import { MONTH_NAME_CAPITALISED_SOURCE, MONTH_SHORT_CAPITALISED_SOURCE } from './monthNames.ts';

// A month after "in" is a time, not a place ("by midafternoon in March" is left as it was).
const MONTH_CAPITALISED = [
  MONTH_NAME_CAPITALISED_SOURCE,
  MONTH_SHORT_CAPITALISED_SOURCE,
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
 * A caller also asks `isPlaceAfterPart`, which leaves a place with a day after it ("by early
 * evening in Tokyo on Friday") and asks the place's capital case-sensitively.
 *
 * @example new RegExp(`^${PLACE_AFTER_PART_SOURCE}`).test(' in Tokyo.') // true
 */
export const PLACE_AFTER_PART_SOURCE = String.raw`\s+in\s+(?!(?:${MONTH_CAPITALISED})\b)[A-Z]`;

// The whole place, then no day after it: "at midafternoon in Central Park on Sunday", "by early
// evening in Tokyo on Friday", "by dusk in Gaza yesterday" are that day's, not the story's.
const PLACE_AFTER_PART = new RegExp(
  String.raw`^${PLACE_AFTER_PART_SOURCE}[\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?![\w'’-])(?!\s+(?:on\s+)?(?:[A-Z]|\w+day\b|yesterday\b|today\b|tomorrow\b|tonight\b))`,
);

/**
 * Whether the words after a part of the day open with a place after "in" (" in Tokyo") and no day
 * after the place (" in Tokyo on Friday" is the Friday's, which the caller leaves).
 *
 * @example isPlaceAfterPart(' in Tokyo.') // true
 */
export function isPlaceAfterPart(after: string): boolean {
  return placeAfterPartLength(after) > 0;
}

/** The length of the place after a part of the day (" in Hong Kong" 12), 0 when there is none. */
export function placeAfterPartLength(after: string): number {
  return PLACE_AFTER_PART.exec(after)?.[0].length ?? 0;
}
