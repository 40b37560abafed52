import { IRREGULAR_PAST } from './irregularPast.ts';
import { MONTH_WORD_SOURCE } from './monthNames.ts';
import { REGULAR_PAST } from './regularPast.ts';
import { SEASON_PATTERN } from './seasonNames.ts';
import { isWishHeldFor } from './wishAheadFor.ts';

// A season or a month with no year and no "last", "next" or "this": "spring", "the autumn", "by
// summer", "in September" (the news reading keeps the preposition in the mention).
const BARE_PERIOD = new RegExp(
  String.raw`^(?:(?:by|in|for|before|during|over)\s+)?(?:the\s+)?(?:${SEASON_PATTERN}\b|${MONTH_WORD_SOURCE})$`,
  'i',
);

// A participle of a deed done right before "in" and the time ("Investors want clarity on the cuts
// announced in October", "wants to recover the money spent in March"), or a comparison ("want the
// same atmosphere as in January"): the time is the deed's or the one compared with, gone by. Not a
// participle of what is wished done or ready ("want the deal agreed in March", "the stand finished
// in August"), whose time is still to come.
const DONE_OR_COMPARED_IN = new RegExp(
  String.raw`(?:\bas|\b(?!(?:agreed|finished|completed|signed|approved|passed|ratified|settled|sealed|done|fixed|sorted|resolved|installed|built|rebuilt|delivered|restored|opened|reopened|launched|introduced|implemented|published|released|changed|confirmed|decided|held|made|paid|set|put|in)\b)(?:${REGULAR_PAST}|${IRREGULAR_PAST}))\s+in\s+(?:the\s+)?[A-Za-z]+$`,
  'i',
);

/**
 * Whether the words before a bare season or month tell a wish, need or prospect in the present for
 * it: "Ministers want the new rules in force by spring", said in January, is this spring, "Union
 * leaders want a pay deal agreed by the spring", said in October, next spring, "The school wants
 * the new classrooms ready for September", said in February, this September: what is wanted now is
 * wanted for a time to come, where the sentence's present read the last one. The guards are
 * `wishAheadFor`'s: not a wish told in the past ("wanted the talks wrapped up by spring"), nor one
 * whose object holds a happening or what befell ("Police want to trace anyone seen in the park in
 * March", "The striker faces a ban for his red card in August"), nor the noun "needs". Not a
 * season or month with a year or "last", "next" or "this", which say their own; nor one
 * after a deed's participle or "as in" ("the cuts announced in October", "the same atmosphere as in
 * January").
 *
 * @example wishAheadForPeriod('The club needs the stand finished by ', 'the autumn', '.') // true
 */
export function wishAheadForPeriod(before: string, mention: string, after = ''): boolean {
  return (
    BARE_PERIOD.test(mention) &&
    !DONE_OR_COMPARED_IN.test(`${before}${mention}`) &&
    isWishHeldFor(before, after)
  );
}
