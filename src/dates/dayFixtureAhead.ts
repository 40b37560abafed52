// A fixture or a show a day owns, after up to three words of its kind ("Saturday's 3pm kick-off",
// "Saturday's homecoming game"), then up to four of its opponent or place ("against Leeds", "at
// Wembley").
export const FIXTURE_NOUN = String.raw`(?:game|match|tie|fixture|derby|final|semi-?final|race|kick-?off|clash|showdown|debate|concert|gig|show|performance|parade|festival|ceremony)`;
// A result right after the fixture ("Sunday's derby defeat") is a deed gone by, not the fixture.
const RESULT_AFTER = String.raw`(?!\s+(?:defeat|win|victory|loss|draw|result|exit|collapse|comeback|triumph|thrashing)\b)`;
const OWNED_FIXTURE = String.raw`^['’]s\s+(?:[\w.-]+\s+){0,3}?${FIXTURE_NOUN}\b${RESULT_AFTER}(?:\s+(?!(?:is|are|has|have|was|were)\b)[\w'’.-]+){0,4}?`;
// What is said of an event still to come: its tickets are gone, it is in doubt or expected to do
// something, or it has been called off or moved.
const STATE_AHEAD = String.raw`\s+(?:(?:is|are)\s+(?:now\s+|already\s+)?(?:a\s+)?(?:sell-?out|sold[\s-]out|at\s+risk|in\s+doubt|under\s+threat|in\s+jeopardy|(?:expected|set|due|likely|poised)\s+to)|(?:has|have)\s+been\s+(?:cancell?ed|postponed|called\s+off|moved|switched|brought\s+forward|put\s+back|rescheduled|sold\s+out))\b`;
// An infinitive that looks back on the fixture: "is expected to have raised £2m", "is likely to
// be remembered as a classic".
const LOOKS_BACK = String.raw`(?!(?<=to)\s+(?:have|be\s+remembered)\b)`;
const FIXTURE_AHEAD = new RegExp(OWNED_FIXTURE + STATE_AHEAD + LOOKS_BACK, 'i');
// Told before the story's time, "the club had said": the day may be the one gone by.
const TOLD_BEFORE = /\bhad\s+(?!to\b)\w+/i;

/**
 * Whether the words right after a day (`after`, from its possessive on) say of the fixture or show
 * it owns what is said only of one still to come: "Saturday's match against Leeds is a sell-out",
 * said on the Thursday, "Sunday's race has been cancelled because of high winds", "Friday's game
 * against the Patriots is expected to draw a record crowd". The day is then the coming one (an
 * owned day is otherwise read as one gone by: "Saturday's defeat at Burnley leaves Rovers two
 * points from safety").
 *
 * Only a fixture or a show (game, match, final, race, kick-off, debate, concert …), not a result
 * or a deed, which may have come and gone ("Saturday's win is expected to lift the club", "Sunday's
 * attack is likely to harden opinion", "Sunday's derby defeat is likely to cost the manager his
 * job"); not a past ("Sunday's race was cancelled"), nor told before the story's time ("… had been
 * postponed"), nor an infinitive looking back ("Saturday's final is likely to be remembered as a
 * classic", "… is expected to have raised £2m").
 *
 * @example dayFixtureAhead("'s match against Leeds is a sell-out.") // true
 */
export function dayFixtureAhead(after: string): boolean {
  const sentence = after.split(/[.!?](?:\s|$)/)[0]!;
  return FIXTURE_AHEAD.test(sentence) && !TOLD_BEFORE.test(sentence);
}
