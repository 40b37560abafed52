import { DETERMINER } from './determiner.ts';
import { HAPPENING } from './eventFacedOver.ts';
import { IRREGULAR_PAST } from './irregularPast.ts';
import { REGULAR_PAST } from './regularPast.ts';
import { WEEKDAY_MENTION } from './weekdayMention.ts';

// "want", "need" or "face" in the present, not after "to" ("had to face"), a form of "be" or
// "have" ("were facing", "has needed"), nor "did" ("did not want"): a wish, need or prospect held
// now, for a time still to come. Not the noun after a determiner ("The needs identified on Monday",
// "There was no need for a recount on Friday"), nor "face off", a standoff ("Protesters face off
// against police on Saturday"), nor the noun "face" ("held face-to-face talks on Friday", "the new
// face of the brand"), nor a noun with a past of its own after it, then its object or a preposition
// ("New faces joined the cabinet on Monday", "Familiar faces returned to the pitch on Saturday"; an
// adjective in "-ed" keeps the wish: "faces renewed calls to resign").
const NOUN_DOING = String.raw`\s+(?:${REGULAR_PAST}|${IRREGULAR_PAST})\s+(?:the|a|an|his|her|its|their|our|to|from|into|at|in|on|with)\b`;
const WISH = String.raw`(?<!\b(?:to|was|were|is|are|had|has|have|did(?:\s+not|n['’]t)?|does(?:\s+not|n['’]t)?|do(?:\s+not|n['’]t)?|the|these|those|his|her|its|our|their|my|your|whose|of|a|an|no|any|in)\s+|-)\b(?:wants?|needs?|faces?(?!\s+off\b|\s+of\b|-))(?!${NOUN_DOING})`;
// A participle of what was seen or befell someone: "need the driver seen on Friday", "want the
// men arrested on Monday questioned", "needs surgery on an injury sustained on Saturday": the day
// is the sighting's or the happening's, gone by; so is an appeal to anyone who was there ("want
// to hear from anyone in the area on Saturday night").
const BEFALLEN = new RegExp(
  String.raw`\b(?:anyone|anybody|seen|spotted|sighted|heard|filmed|photographed|pictured|caught|captured|involved|injured|hurt|wounded|sustained|suffered|killed|arrested|detained|found|discovered|reported|stolen|taken|lost|missing|last)\b`,
  'i',
);
// A happening in what is wished for: "faces a ban for his red card on Saturday", "want witnesses to
// the crash on Friday": the day is the happening's, gone by.
const HAPPENED = new RegExp(String.raw`\b(?:${HAPPENING})s?\b`, 'i');
// What the day's happening is left behind from: "needs to bounce back from the defeat on Saturday".
const FROM_HAPPENING = new RegExp(String.raw`\bfrom\s+${DETERMINER}\s+`, 'i');
// The object's participle after the day, ending the clause: "Parents want the school closure on
// Friday explained": the day is within what is wished for, the closure's.
const COMPLETED_AFTER = new RegExp(String.raw`^\s+${REGULAR_PAST}\s*(?:[.,;:!?]|$)`);
// A clause of the object's own, its subject a pronoun and its verb a past ("needs the points it
// dropped in March", "want back the money they paid on Friday"): the date is that deed's, gone by.
const OWN_PAST_CLAUSE = new RegExp(
  String.raw`\b(?:it|they|he|she|we|you|I)\s+(?:${REGULAR_PAST}|${IRREGULAR_PAST})\b`,
);
// A word of what is wished for: none that opens a clause of its own or a cause ("the man who",
// "to know what the Fed chair meant",
// "answers about the crash", "a ban after the foul", "charges over"), no comma, no figure.
const WORD = String.raw`(?!(?:who|whom|that|which|what|how|why|where|when|while|since|after|following|about|over|into|because|than)\b)[A-Za-z'’-]+`;
// What is wished for, up to seven words, and the preposition before the time: "the budget finished
// by", "the pay deal signed over", "a win on", "his striker fit for", "a vote on".
const WISHED_FOR = new RegExp(
  String.raw`${WISH}(?:\s+${WORD}){1,7}?(?:\s+(?:by|on|over|for|at|during))?\s+$`,
  'i',
);
// A wish in a relative clause of the subject ("Firms that want the tax cut", "The defendant who
// faces life in prison"), and a past among its words after it ("lobbied", "was convicted"): the
// clause has ended and the past is the sentence's own verb, whose day is gone by.
const RELATIVE_BEFORE = /\b(?:who|that|which)\s+$/i;
const PAST_WORD = new RegExp(String.raw`\b(?:was|were|${REGULAR_PAST}|${IRREGULAR_PAST})\b`, 'i');
// The weekend, whose "the" may be left in the words before ("signed over the ", "weekend").
const WEEKEND = /^(?:(?:over|at|during|on)\s+)?(?:the\s+)?weekend$/i;

/**
 * Whether the words before a weekday or the weekend tell a wish, need or prospect in the present
 * for it: "City officials want the budget finished by Friday", "The union wants the deal signed
 * over the weekend", "The club needs a win on Saturday", "Residents face another heat advisory on
 * Thursday". What is wanted now is wanted for the day to come, so the weekday is the coming one
 * (the headline present read it as the one gone by). Not a wish told in the past ("wanted the deal
 * signed on Monday", "did not want", "had to face"), nor one whose object holds a clause or a
 * cause ("The family wants answers about the crash on Friday", "Police want to trace the man who
 * was seen on Saturday", "The striker faces a ban after a red card on Saturday"), or a participle
 * of what was seen or befell ("Detectives need the driver seen on Friday to come forward"), or a
 * clause of its own with a past ("The club needs the points it dropped on Saturday"): the
 * day there is that happening's, as it is after a happening ("Police want to speak to witnesses to
 * the crash on Friday", "The striker faces a ban for his red card on Saturday"); nor the noun
 * "needs" ("The needs identified on Monday", "There was no need for a recount on Friday"), nor the
 * noun "face" ("The leaders held face-to-face talks on Friday"); nor what is left behind ("needs
 * to bounce back from the defeat on Saturday"), nor a day inside the object, its participle after
 * it (`after`, the words after the mention: "Parents want the school closure on Friday explained"),
 * nor a wish in a relative clause followed by a past, the sentence's own verb ("Firms that want the
 * tax cut lobbied ministers on Tuesday", "The defendant who faces life in prison was convicted on
 * Friday").
 *
 * @example wishAheadFor('Officials want the budget finished by ', 'Friday') // true
 */
export function wishAheadFor(before: string, mention: string, after = ''): boolean {
  if (WEEKEND.test(mention)) return isWishHeldFor(before.replace(/\bthe\s+$/i, ''), after);
  return WEEKDAY_MENTION.test(mention) && isWishHeldFor(before, after);
}

/**
 * Whether `before` ends with a wish, need or prospect in the present and what is wished for, with
 * none of the guards of `wishAheadFor` holding: what every kind of time after it asks, the weekday
 * by `wishAheadFor`, a season or month by `wishAheadForPeriod`.
 *
 * @example isWishHeldFor('The club needs the stand finished by ', '.') // true
 */
export function isWishHeldFor(before: string, after: string): boolean {
  if (COMPLETED_AFTER.test(after)) return false;
  const wish = WISHED_FOR.exec(before);
  if (!wish) return false;
  if (RELATIVE_BEFORE.test(before.slice(0, wish.index)) && PAST_WORD.test(wish[0])) return false;
  return (
    !BEFALLEN.test(wish[0]) &&
    !HAPPENED.test(wish[0]) &&
    !FROM_HAPPENING.test(wish[0]) &&
    !OWN_PAST_CLAUSE.test(wish[0])
  );
}
