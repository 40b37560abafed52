import { IRREGULAR_PAST } from './irregularPast.ts';
import { MODALS } from './modals.ts';
import { PLAN_WORDS } from './planParticiples.ts';
import { REGULAR_PAST } from './regularPast.ts';

// A day that opens its sentence, alone or after "On" ("On the fifth of May", "On 12 May").
const FRONTED_ON = /(?:^|[.!?]["”’']?\s+)(?:On\s+)?(?:the\s+)?$/;
// A participle right after an article or an owner, an adverb in "-ly" between them, is the
// subject's adjective, no deed: "the privatised railway", "the newly elected council", and so
// after a possessive noun ("the city's renovated stations").
const ADJECTIVE_PARTICIPLE_BEFORE = String.raw`(?<!\b(?:the|a|an|its|their|his|her|our|this|these|those|\w+['’]s)\s+(?:\w+ly\s+)?)`;
// The comma after the day, the main clause's subject (one to five words, no auxiliary, modal,
// "to" nor joining word) and its simple past: ", nineteen more soldiers arrived", ", forty more
// refugees crossed".
const PAST_DEED_AFTER_COMMA = new RegExp(
  String.raw`^\s*,\s+(?:(?!(?:is|are|has|have|had|${MODALS}|to|and|or|but|that|which|who|said|says)\b)[\w'’-]+\s+){1,5}?${ADJECTIVE_PARTICIPLE_BEFORE}(?:${IRREGULAR_PAST}|${REGULAR_PAST})\b`,
);
// "was to", "was due to", "were expected to", "was set for": a plan told in the past, not a deed.
const PLAN_AFTER = new RegExp(String.raw`^\s+(?:to|going|about|(?:${PLAN_WORDS})\b)`, 'i');
// Only after a verb of being, having or planning is what follows a plan ("the vote was expected
// to", "the council had planned"): after a deed, "to" opens its object or aim ("the council's
// elected members voted to close the pool", "the doctors wrote to the minister").
const PLANNING_VERB = new RegExp(String.raw`\b(?:was|were|had|${PLAN_WORDS})$`, 'i');

/**
 * Whether a day and month that open the sentence (from `start` to `end`) date the simple past of
 * the main clause right after their comma: "On the fifth of May, nineteen more soldiers
 * arrived", said on 10 March 1999, tells a deed gone by, so the day is the last such before
 * publication (1998-05-05), however near the next one is. Not a plan told in the past ("On 12
 * May, the council was to vote"), nor a clause with a modal or a present ("On 12 May, voters will
 * choose", "On 12 May, the talks open"), nor a present after a subject a participle describes
 * ("On 1 April, the newly privatised railway raises its fares"). A deed's "to" is no plan: "On 12
 * May, the council's elected members voted to close the pool" is the May gone by.
 */
export function pastDeedAfterFrontedDay(text: string, start: number, end: number): boolean {
  if (!FRONTED_ON.test(text.slice(Math.max(0, start - 60), start))) return false;
  const m = PAST_DEED_AFTER_COMMA.exec(text.slice(end, end + 80));
  return (
    m !== null && !(PLANNING_VERB.test(m[0]) && PLAN_AFTER.test(text.slice(end + m[0].length)))
  );
}
