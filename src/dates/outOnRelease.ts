import { IRREGULAR_PAST } from './irregularPast.ts';
import { REGULAR_PAST } from './regularPast.ts';
import { RELEASE_NOUN } from './releasePresent.ts';

// A work in print or a game, beside releasePresent's records, films and shows.
const PRINT_NOUN = 'book|memoir|novel|biography|autobiography|collection|anthology|record|game';

/**
 * "out" of a record, book or film put on sale, in the present, right before the day or month:
 * "The single is out on Friday", "Her memoir is out in October", said on Wednesday 16 September
 * 2026, are the coming Friday and this October, a release's present as "opens on Friday" is ("in
 * October" was last year's). A regular expression's source, to stand among the present verbs of
 * scheduling. Not "was out" or "were out", a past. The aside after a work's noun is
 * `releaseAsideAhead`'s.
 *
 * @example new RegExp(OUT_ON_RELEASE, 'i').test('Her memoir is out ') // true
 */
export const OUT_ON_RELEASE = String.raw`(?:is|are)\s+out(?=\s+(?:on|in)\s*$|\s*$)`;

// "out" as an aside after a work's noun, the date's preposition before or in the mention.
const RELEASE_ASIDE = new RegExp(
  String.raw`\b(?:${RELEASE_NOUN}|${PRINT_NOUN}),\s*out(?:\s+(?:on|in))?\s*$`,
  'i',
);
// A perfect in the clause after the aside: "The novel, out in May, has sold 200,000 copies", "The
// trailer, out on Friday, has been viewed ten million times" tell a release gone by; not one put
// off, still ahead ("The game, out in March, has already been delayed twice"). So too a present
// with "already" ("The novel, out in March, is already in its fifth printing").
const PERFECT_AFTER = new RegExp(
  String.raw`^[^.!?]*?,\s*(?:(?:has|have|had)\s+(?:\w+ly\s+|already\s+)?(?:been\s+)?(?!(?:delayed|postponed|pushed|moved|put)\b)(?:${REGULAR_PAST}|${IRREGULAR_PAST})|(?:is|are)\s+already)\b`,
  'i',
);

/**
 * Whether the words before a day or month are an aside of a work's release, "out" after its noun
 * and a comma: "The album, out on Friday, features a duet" and "Her memoir, out in October, tells
 * of Paris", said on Wednesday 16 September 2026, are the coming Friday and this October (the
 * aside read the Friday gone by, "in October" last year's). The caller leaves it to a past story
 * after it ("The film, out on Friday, took $40m over the weekend"); a perfect after it is left here
 * (`after`, the words after the mention: "The trailer, out on Friday, has been viewed ten million
 * times"), and so is a present with "already" ("The novel, out in March, is already in its fifth
 * printing").
 *
 * Only after a work's noun: "The striker, out in March with a knee injury, is back" is a player
 * out, a month gone by.
 *
 * @example releaseAsideAhead('The album, out ', ', features a duet.') // true
 */
export function releaseAsideAhead(before: string, after: string): boolean {
  return RELEASE_ASIDE.test(before) && !PERFECT_AFTER.test(after);
}
