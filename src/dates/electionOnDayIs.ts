import { WEEKDAY_PATTERN } from './weekdayNames.ts';

// An election or a vote that opens its sentence (a quote mark aside), with at most three words of
// its kind before the noun ("The local elections", "The Batley and Spen by-election"), then "on";
// or a sitting set for a day as a vote is: a budget, a King's or Queen's Speech, a spending
// review, a debate or a summit ("The Budget on Tuesday").
const ELECTION_OPENING_ON = new RegExp(
  String.raw`[.!?]\s+["“'‘]?The\s+(?:[\w'’-]+\s+){0,3}?(?:elections?|by-?elections?|polls?|votes?|referendum|ballot|run-?off|primary|primaries|caucus(?:es)?|leadership\s+contest|budget|(?:king|queen)['’]s\s+speech|spending\s+review|debate|summit)\s+on\s+$`,
  'i',
);
// What a present "is" or "are" says of a vote still to come. Not a state or a participle that
// looks back at it ("is seen as a rebuke", "are being counted", "is over", "is already history"),
// nor a verdict on its outcome ("is a humiliation for the prime minister").
const PRESENT_BE_AFTER =
  /^\s+(?:is|are)\b(?!\s+(?:\w+ly\s+)?(?:seen|known|being|over|already|now|history|\w+ed)\b)(?!\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:blow|setback|rebuke|humiliation|defeat|victory|triumph|disaster|embarrassment|shock|upset)\b)/i;
const WEEKDAY = new RegExp(`^(on\\s+)?${WEEKDAY_PATTERN}$`, 'i');
// Far enough back for the sentence's opening, the election's words and "on".
const REACH = 80;

/**
 * Whether the weekday at `start`..`end` is the day of an election or vote that opens its sentence
 * and is told with a present "is" or "are": "The local elections on Thursday are the first big
 * test for the new leader", said on a Tuesday, is the coming Thursday; a vote gone by would take
 * "was". Not a state or participle looking back ("The vote on Thursday is seen as a rebuke", "The
 * ballots on Sunday are being counted"), nor a verdict on the outcome ("The by-election on
 * Thursday is a humiliation for the prime minister"), nor a vote inside its sentence ("Turnout in
 * the election on Sunday is the lowest on record"), which all speak of one gone by.
 *
 * @example electionOnDayIs('The vote on Thursday is a test.', 9, 20) // true
 */
export function electionOnDayIs(text: string, start: number, end: number): boolean {
  const day = WEEKDAY.exec(text.slice(start, end));
  if (!day) return false;
  const at = start + (day[1]?.length ?? 0);
  // A sentence that opens the text has a stop set before it.
  const before = at > REACH ? text.slice(at - REACH, at) : `. ${text.slice(0, at)}`;
  return ELECTION_OPENING_ON.test(before) && PRESENT_BE_AFTER.test(text.slice(end, end + 60));
}
