import { RELEASE_NOUN } from './releasePresent.ts';

// A work in print or a game, beside releasePresent's records, films and shows.
const PRINT_NOUN = 'book|memoir|novel|biography|autobiography|collection|anthology|record|game';

/**
 * "out" of a record, book or film put on sale, in the present or as an aside after its noun,
 * right before the day or month: "The single is out on Friday", "Her memoir is out in October",
 * "The album, out on Friday, features a duet" and "Her memoir, out in October, tells of Paris",
 * said on Wednesday 16 September 2026, are the coming Friday and this October, a release's
 * present as "opens on Friday" is (the aside read the Friday gone by; "in October" last year's).
 * A regular expression's source, to stand among the present verbs of scheduling.
 *
 * The aside only after a work's noun: "The striker, out in March with a knee injury, is back" is
 * a player out, a month gone by. Not "was out" or "were out", a past.
 *
 * @example new RegExp(OUT_ON_RELEASE, 'i').test('Her memoir, out ') // true
 */
export const OUT_ON_RELEASE = String.raw`(?:(?:is|are)\s+|(?<=\b(?:${RELEASE_NOUN}|${PRINT_NOUN}),\s*))out(?=\s+(?:on|in)\s*$|\s*$)`;
