import { NUMBER_SOURCE } from './readNumber.ts';
import { IRREGULAR_PAST } from './irregularPast.ts';
import { REGULAR_PAST } from './regularPast.ts';

// An active verb of arranging: "set", "scheduled", "called", "slated", "planned", "arranged",
// "organised" (British copy's "has arranged a meeting for Friday"), "booked", and what British
// local copy hires or lays on for a day ("hired a hall for", "chartered two trains for", "laid on
// extra buses for"), and the officers or stewards a force or a club draws in for a day ("has
// drafted in 300 extra officers for Saturday's match", "will bring in extra stewards for"). Those
// are drawn in on the day itself, so their simple past tells a deployment done ("Police deployed
// 500 officers for Saturday's match", said on Wednesday, is the Saturday gone by): only the present
// perfect, the plain verb after a modal or "to", or the progressive arranges them ahead.
const DRAWING_IN = String.raw`(?:draft(?:ing)?\s+in|bring(?:ing)?\s+in|deploy(?:ing)?|(?:has|have|['’]ve)\s+(?:(?:already|now|also)\s+)?(?:drafted\s+in|brought\s+in|deployed))`;
const ARRANGING = String.raw`(?:set|scheduled|called|slated|rescheduled|planned|arranged|organi[sz]ed|booked|hired|chartered|laid\s+on|${DRAWING_IN})`;
// The thing set for a day: a meeting or a vote, a hearing, a deadline, an auction, a gathering ("a
// vigil", "a rally", "a protest"), a strike called for a day ("called a walkout for Thursday"), or
// a fixture ("a friendly", "a match"); an outing, a service or a party, or what is booked for one,
// as British local copy tells them ("organised a coach trip for Saturday", "booked the town hall
// for Friday", "arranged a minibus for Thursday"), or the officers, stewards or marshals drawn in
// for one.
const ARRANGED_THING = String.raw`(?:meetings?|votes?|hearings?|sessions?|auctions?|sales?|deadlines?|conferences?|briefings?|talks|elections?|ballots?|announcements?|signing|closing|dates?|calls?|vigils?|rall(?:y|ies)|protests?|friendl(?:y|ies)|match(?:es)?|trips?|outings?|excursions?|walks?|rambles?|services?|part(?:y|ies)|dinners?|concerts?|ceremon(?:y|ies)|(?:mini)?bus(?:es)?|coach(?:es)?|trains?|marquees?|halls?|walkouts?|strikes?|stoppages?|officers|stewards|marshals|police(?:men)?)`;
// What the thing is counted by: an article or an owner, or a count ("booked five coaches for
// Saturday's final") or "extra" ("laid on extra buses").
const ARRANGED_COUNT = String.raw`(?:a|an|the|its|their|his|her|another|extra|${NUMBER_SOURCE})`;
// "set a special shareholders meeting for", "has scheduled a board meeting for", "had called a
// news conference for": an active verb of arranging with its object, the thing up to four words
// after an article or an owner, then "for". Not the passive participle with no object ("was
// scheduled for Friday", read as a plan told in the past), nor "set aside … for".
const ARRANGED_FOR_BEFORE = new RegExp(
  String.raw`\b${ARRANGING}\s+${ARRANGED_COUNT}\s+(?:[\w'’-]+\s+){0,4}?${ARRANGED_THING}\s+for\s+(?:(?:early|late)\s+)?$`,
  'i',
);
// "A judge last week set a hearing for Monday, where the defendant pleaded not guilty": a clause
// after the day that tells in the past what happened at it ("where", "when", "at which", "and",
// "but", a few words, a past verb) puts the day gone by.
// "The union had set a strike deadline for Monday, which passed without a walkout" and "The Senate
// had planned a vote for Monday, but it was put off" tell the same (review).
const HAPPENED_AFTER = new RegExp(
  String.raw`^[^.!?;]*?\b(?:(?:where|when|at\s+which|which|and|but)\s+(?:[\w'’-]+\s+){0,4}?(?:${REGULAR_PAST}|${IRREGULAR_PAST})|but\s+(?:it|they|the\s+[\w'’-]+)\s+(?:was|were))\b`,
  'i',
);
// "Directors, who had scheduled a meeting for Monday, approved the merger", "Pan Am, which had
// slated a vote for Monday, said the count showed holders backing the plan": the setting told in a
// relative clause leaves the day to the main clause's tense (review).
const RELATIVE_SETTING_BEFORE = new RegExp(
  String.raw`\b(?:who|which)\s+(?:(?:had|has|have)\s+)?${ARRANGING}\s+[^,;.!?]*$`,
  'i',
);

// "Organisers had arranged a vigil for Saturday in the town square. Hundreds attended": a past
// perfect of arranging that no one reports (no "said", "told", "announced" in its sentence) tells
// the story of what happened, and leaves the day to its sentence (review).
const PERFECT_ARRANGING_BEFORE = new RegExp(String.raw`\bhad\s+${ARRANGING}\s+[^.!?]*$`, 'i');
const REPORTED_IN_SENTENCE =
  /\b(?:said|says|say|told|tells|announced|announces|reported|reports|added|confirmed|disclosed|according\s+to)\b/i;

// The words of the sentence around the day: from the last sentence end before it to the first
// after it.
function sentenceWords(before: string, after: string): string {
  return `${before.replace(/^[\s\S]*[.!?]\s+/, '')} ${after.replace(/[.!?][\s\S]*$/, '')}`;
}

/**
 * Whether the words right before a weekday (`before`) arrange a thing for it with an active verb
 * and its object: "The company said it had set a meeting for Friday to consider the bid", said on
 * Monday, 13 November 1989, is the coming Friday (1989-11-17, where the past perfect read it
 * 1989-11-10), as "Northwest's owners said they had scheduled a board meeting for Wednesday" is:
 * a thing is set for a day still to come when it is set, and a copy tells it before that day. Not
 * a passive with no object ("The vote was scheduled for Friday", read by nearness), nor "set aside
 * $5 million for Friday's payroll", nor a day told with what happened at it (`after`, the words
 * after the day): "A judge last week set a hearing for Monday, where the defendant pleaded not
 * guilty" is the Monday gone by, nor a past perfect no one reports ("Organisers had arranged a
 * vigil for Saturday in the town square. Hundreds attended.").
 *
 * @example arrangedForDay('The company said it had set a meeting for ') // true
 */
export function arrangedForDay(before: string, after = ''): boolean {
  return (
    ARRANGED_FOR_BEFORE.test(before) &&
    !RELATIVE_SETTING_BEFORE.test(before) &&
    !(
      PERFECT_ARRANGING_BEFORE.test(before) &&
      !REPORTED_IN_SENTENCE.test(sentenceWords(before, after))
    ) &&
    !HAPPENED_AFTER.test(after)
  );
}
