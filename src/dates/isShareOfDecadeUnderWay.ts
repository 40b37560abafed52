import { sentenceEnds } from './sentenceEnds.ts';
import type { Tense } from './tenseAround.ts';

// A share of the decade, not a span of it counted from another time: "most of the decade",
// "much of the decade", "the bulk of the decade".
const SHARE_BEFORE = /\b(?:most|much|the\s+bulk)\s+of\s+$/i;
// A year or a decade the story names ("in 2009", "1990", "the 1980s", "the '70s", "the
// eighties") in the words' sentence or the one before: the decade may be that story's, which
// storyDecade reads or leaves.
const TIME_OF_STORY_NAMED =
  /\b(?:1[6-9]|20)\d\d(?:s\b|\b)|['’]\d0s\b|\b(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/i;
// A present perfect in the words' clause ("have underperformed for", "has been shut for"): the
// span runs up to publication, so the decade is the one under way.
const PRESENT_PERFECT_IN_CLAUSE =
  /\b(?:has|have|['’]ve)\s+(?:(?:not|never|already|long|\w+ly)\s+)?(?:been|[a-z]+(?:ed|en|wn|ne|ft|lt|nt|ld|ught))\b[^,;:.!?]*$/i;

/**
 * Whether "the decade" at `start` of `text`, after "most of", "much of" or "the bulk of", is the
 * decade under way at publication because the story names no other time it could belong to:
 * "The shares have underperformed for most of the decade", said on 8 July 2026, and "The club will
 * play away for much of the decade" are `202X` (were unread, as the story's decade finds no
 * year). Not a simple past with no present perfect in its clause ("She spent most of the decade
 * abroad" tells a time the story does not give), nor where a year or decade is named in the
 * words' sentence or the one before ("Born in 1938, she spent most of the decade in Canada" is
 * the story's `193X`; "In the 1980s the firm grew for most of the decade" is left to the decade
 * named), nor "all", "part" or "some" of the decade, nor "during" or "throughout" it, which a
 * story tells of a decade named further back. Nor in a year ending in 0 ("House prices have risen
 * for most of the decade", said on 5 January 2030, is the 2020s gone by, not a decade just begun).
 *
 * @example isShareOfDecadeUnderWay('Rents have risen for most of the decade.', 31, 'past', '2026-07-08') // true
 */
export function isShareOfDecadeUnderWay(
  text: string,
  start: number,
  tense: Tense,
  published: string,
): boolean {
  if (published[3] === '0') return false;
  const before = text.slice(Math.max(0, start - 400), start);
  if (!SHARE_BEFORE.test(before)) return false;
  if (tense === 'past' && !PRESENT_PERFECT_IN_CLAUSE.test(before)) return false;
  const ends = sentenceEnds(before, true);
  const from = ends.length >= 2 ? ends[ends.length - 2]! + 1 : 0;
  return !TIME_OF_STORY_NAMED.test(before.slice(from));
}
