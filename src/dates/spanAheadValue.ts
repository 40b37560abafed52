import { durationValue } from './readDurations.ts';

// "the weeks ahead", "the months ahead": plural units of a day or longer after "the", with
// "ahead" closing the words.
const SPAN_AHEAD = /^the\s+(days|weeks|months|years)\s+ahead$/i;

/**
 * TimeML's value for a stretch of time looked ahead over, written with "ahead" after its unit:
 * "Investors may sell in the weeks ahead" is `PXW`, "Prices could fall in the months ahead"
 * `PXM`, as "the coming weeks" is (TimeBank marks "the weeks ahead" so). The news reading keeps
 * them the future (`FUTURE_REF`); this gives TimeML mode the duration of an uncounted number of
 * its units.
 *
 * Only the words alone, "the" and the plural unit: not a counted stretch ("the two weeks ahead"),
 * a unit shorter than a day ("the hours ahead"), nor a single unit ("the week ahead", "the day
 * ahead"), which name one coming period rather than a length; nor "the days to come", which the
 * sentence sets keep the future ("The governor took the days to come in stride").
 *
 * @example spanAheadValue('the weeks ahead') // 'PXW'
 */
export function spanAheadValue(words: string): string | undefined {
  const match = SPAN_AHEAD.exec(words);
  return match ? durationValue(1, match[1]!).replace(/\d+/, 'X') : undefined;
}
