import { HELD_THING } from './heldThing.ts';
import { THING_MOVES } from './thingMoves.ts';

// The verbs of putting a thing off, in any of their forms: "postponed", "delayed",
// "rescheduled", "deferred", "adjourned", and "put" with
// "off" or "back" after it ("put the vote off"; alone it is "put to a vote"). Bringing a thing
// forward sets its new time the same way ("The election was brought forward to January", "pulled
// the vote forward to Monday"); "bring" alone is no such verb ("brought the bill to a vote").
const PUTTING_OFF =
  "\\b(?:postpon(?:e|es|ed|ing)|delay(?:s|ed|ing)?|defer(?:s|red|ring)?|adjourn(?:s|ed|ing)?|reschedul(?:e|es|ed|ing)|put(?:s|ting)?(?=(?:\\s+[\\w'’-]+){0,3}?\\s+(?:off|back)\\b)|(?:bring(?:s|ing)?|brought|pull(?:s|ed|ing)?)(?=(?:\\s+[\\w'’-]+){0,3}?\\s+forward\\b))\\b";
// A few words (the object, "back", "off") may stand between the verb and the "to" or "from".
const BETWEEN = "(?:\\s+[\\w'’-]+){0,4}?";
// "moved", "pushed" and "shifted" give the time a thing is put off to only in the passive ("was
// moved to", "has been pushed to", "The vote, shifted to …") or with "back" or "forward" ("pushed
// the vote back to"); actively, with neither, it is attention or people that move ("The focus
// shifted to the weekend", "Investors moved to …"), unless a thing that is held or done on a day
// stands between the verb and the "to" or "until" ("Lawmakers pushed the vote to Monday"; but
// "Voters pushed the party to …"). The time moved from is given up either way.
const MOVING = '\\b(?:mov(?:e|es|ed|ing)|push(?:es|ed|ing)?|shift(?:s|ed|ing)?)\\b';
const OBJECT = `\\s+(?:the|a|an|this|that|these|those|its|their|his|her|our|your|my)(?:\\s+[a-z][\\w'’-]*){0,2}?\\s+(?:${HELD_THING})`;
const MOVED_TO = `(?:${THING_MOVES}|(?<=\\b(?:is|are|was|were|be|been|being|get|gets|got|gotten)\\s+(?:\\w+ly\\s+)?|,\\s*)${MOVING}|${MOVING}(?=${BETWEEN}\\s+(?:back|forward)\\b)|${MOVING}(?=${OBJECT}\\s+(?:to|until|till)\\s))`;
// Extending a deadline or a ban puts its end off as well ("Late Friday, the deadline was extended
// to Monday", told on Sunday, is the Monday to come): in the passive, after a comma ("The ban,
// extended to …") or with its object named ("extended the deadline to"). Not "The heat wave
// extended to Sunday", "The rally extended to Friday": without an object it is the thing itself
// that ran on to the day.
const EXTENDING = `(?:(?<=\\b(?:is|are|was|were|be|been|being|get|gets|got|gotten)\\s+(?:\\w+ly\\s+)?|,\\s*)extend(?:s|ed|ing)?|extend(?:s|ed|ing)?(?=\\s+(?:the|a|an|this|that|these|those|its|their|his|her|our|your|my)\\s))`;
// "The ban was extended to Friday, but lapsed quietly over the weekend": the extended thing's own
// end, told gone by in a clause joined after the date, leaves the new time behind.
const LAPSED_AFTER =
  /^[^.;!?]*?[\s,]\s*(?:but|and)\s+(?:(?:it|they|then)\s+)?(?:\w+ly\s+)?(?:lapsed|expired|ran\s+out|ended)\b/i;
// "to late April": a reader may start the date at its month.
const MOD = '(?:(?:early|mid|late)(?:-|\\s+))?';
// "rescheduled for April 3" names the new time as "to" does.
const TO_TAIL = `${BETWEEN}\\s+(?:to|until|till|(?<=reschedul\\w*${BETWEEN}\\s+)for)\\s+(?:the\\s+)?${MOD}$`;
const EXTENDED_TO = new RegExp(`${EXTENDING}${TO_TAIL}`, 'i');
const TO = new RegExp(`(?:${PUTTING_OFF}|${MOVED_TO})${TO_TAIL}`, 'i');
const FROM = new RegExp(
  `(?:${PUTTING_OFF}|${MOVING})${BETWEEN}\\s+from\\s+(?:the\\s+)?${MOD}$`,
  'i',
);

// Far enough back for the verb, its object and "back" or "off".
const REACH = 60;

/**
 * What a verb of putting off right before the date at `start` makes of it: the new time ("was
 * postponed to mid-April", "pushed the vote back until May"), or the time given up ("was moved from
 * March"); undefined when no such verb stands before it. The new time comes after the putting off,
 * so the story looks ahead to it however past the putting off is told.
 *
 * @example postponementBefore('The vote was postponed to April.', 26) // 'to'
 */
export function postponementBefore(text: string, start: number): 'to' | 'from' | undefined {
  const words = text.slice(Math.max(0, start - REACH), start);
  if (TO.test(words)) return 'to';
  if (EXTENDED_TO.test(words) && !LAPSED_AFTER.test(text.slice(start))) return 'to';
  return FROM.test(words) ? 'from' : undefined;
}
