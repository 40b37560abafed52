import { pastYearNamedBefore } from './pastYearNamedBefore.ts';
import { sentenceStartAt } from './sentenceEnds.ts';
import { PAST_VERB_AFTER } from './storyDecade.ts';
import type { Tense } from './tenseAround.ts';

// "Home prices have risen since 2012, and in the spring they rose 4 percent": a year a span runs
// from to now names no year of the story.
const SINCE_YEAR = /\bsince\s+(?:1[6-9]|20)\d\d\b/gi;

/**
 * The year of the story a bare "the" season told in the past belongs to: the past year named
 * before it in its own sentence (`pastYearNamedBefore`; a semicolon or a comma does not end it).
 * "In the summer of 1966 she moved to Paris; by the autumn she was teaching", said on 20 November
 * 2025, reads "the autumn" `1966-FA` (was `2025-FA`, the autumn gone by at publication); "He
 * joined the band in the spring of 1971, and by the summer they were touring Europe" `1971-SU`;
 * "The factory opened in 1923; in the spring the first cars rolled off the line" `1923-SP`.
 * Not a year of the sentence before: a news story's season in a new sentence is as often this
 * year's ("Inflation hit 9 percent in 2022. Over the summer it fell below 3 percent", said in
 * October 2026, is `2026-SU`; "The firm was founded in 1998. In the spring it cut 300 jobs"); nor
 * a year after "since" ("Prices have risen since 2012, and in the spring they rose again"). An
 * aside ("The mayor, elected in 2022, faced protests in the spring") is the caller's to take out.
 *
 * Only "the" and a season (`determiner` 'the'), told in the past: `tense` 'past', or 'future' (as
 * a deadline's "by" is read, though no "by" is looked for) with a past verb within eight words
 * after the season and no modal or "won't" among them (`PAST_VERB_AFTER`, as `storyDecade`
 * reads: "by the autumn she was teaching"). Not "this", "last" or "next", which count from
 * publication, a bare season, a season told in the present or future with no past after it ("The
 * factory opened in 1923; in the spring it will reopen as flats" is the coming spring), nor with
 * no past year named before. `undefined` when it does not apply.
 *
 * @example storySeasonYear('In the summer of 1966 she moved to Paris; by ', ' she was teaching.', 'the', 'past', '2025-11-20') // 1966
 */
export function storySeasonYear(
  before: string,
  after: string,
  determiner: string | undefined,
  tense: Tense,
  published: string,
): number | undefined {
  if (determiner !== 'the') return undefined;
  // "by the autumn she was teaching": a deadline's "by" reads ahead, the past verb after says not.
  if (tense !== 'past' && !(tense === 'future' && PAST_VERB_AFTER.test(after))) return undefined;
  const sentence = before.slice(sentenceStartAt(before, before.length));
  return pastYearNamedBefore(sentence.replace(SINCE_YEAR, ' '), published);
}
