import { pastYearNamedBefore } from './pastYearNamedBefore.ts';
import { IRREGULAR_PAST } from './irregularPast.ts';
import { FUTURE_MODAL_SOURCE, MODALS } from './modals.ts';
import { regularPastOfStem } from './regularPast.ts';
import type { Tense } from './tenseAround.ts';

// The words read: a decade named with "the" alone, perhaps a part of it ("the end of the decade",
// "the rest of the decade"), no "this", "last", "next" or the like, which count from publication.
const THE_DECADE = /^(?:[\w\s-]*\bof\s+)?the\s+decade$/i;
const COUNTED = /\b(?:this|last|next|past|coming|current|previous|following|same)\b/i;
// "by the end of the decade he owned 14", which a deadline's "by" reads as ahead: a verb in the
// past in the clause after the words, up to eight words on, with no modal before it (storySeasonYear
// reads a season after "by" so too).
export const PAST_VERB_AFTER = new RegExp(
  String.raw`^\s*,?(?:\s+(?!(?:${MODALS}|won['’]t)\b)[\w'’$£€%.-]+){0,8}?\s+(?:was|were|led|${IRREGULAR_PAST}|${regularPastOfStem(2)})\b`,
  'i',
);
// "will close by the end of the decade, the regulator confirmed", "said she wants the album
// finished by the end of the decade": a modal of the future or a present "want" in the
// words' clause before them tells the decade ahead, whatever past comes after or before.
const AHEAD_IN_CLAUSE = new RegExp(
  String.raw`(?:${FUTURE_MODAL_SOURCE}|\bwants?\b)[^,;:.!?]*$`,
  'i',
);

/**
 * The decade of the year a story names before "the decade" told in the past: "He opened his first
 * restaurant in Houston in 1972, and by the end of the decade he owned 14", said on 4 June 2024, is
 * `197X` (was `202X`, the decade of publication); "In 1964 she moved to Nashville. By the end of the
 * decade she had recorded four gold albums" `196X`; "She moved to Paris in 1953 and spent the rest
 * of the decade there" `195X`. The year must be named in figures after a preposition, or open its
 * sentence, in the words' sentence or the one before (`pastYearNamedBefore`), and be before
 * publication's. A life told in order names its decades by the years it gives, side clause or not
 * ("Born in 1938, she had left school by the end of the decade" is `193X`). A clause after a
 * deadline's "by" counts as past when a past verb follows the words with no modal before it.
 *
 * Not a decade told in the present or the future ("In 1964 she moved to Nashville. By the end of
 * the decade she will have recorded …" is the decade under way), nor one its clause tells ahead
 * before the words by "will" or a present "want" ("The reactor, first licensed in 1987, will
 * close by the end of the decade, the regulator confirmed" is `202X`), nor one counted ("this
 * decade", "the last decade", "the following decade", read as before). `undefined` when no such year.
 *
 * @example storyDecade('In 1964 she moved. By the end of the decade she had recorded four albums.', 22, 43, '2026-03-11', 'past') // '196X'
 */
export function storyDecade(
  text: string,
  start: number,
  end: number,
  published: string,
  tense: Tense,
): string | undefined {
  const words = text.slice(start, end);
  if (!THE_DECADE.test(words) || COUNTED.test(words)) return undefined;
  if (AHEAD_IN_CLAUSE.test(text.slice(Math.max(0, start - 300), start))) return undefined;
  if (tense !== 'past' && !(tense === 'future' && PAST_VERB_AFTER.test(text.slice(end))))
    return undefined;
  const year = pastYearNamedBefore(text.slice(Math.max(0, start - 300), start), published);
  return year === undefined ? undefined : `${String(year).slice(0, 3)}X`;
}
