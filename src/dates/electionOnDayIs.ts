import { IRREGULAR_PAST } from './irregularPast.ts';
import { REGULAR_PAST } from './regularPast.ts';
import { WEEKDAY_PATTERN } from './weekdayNames.ts';

// An election or a vote that opens its sentence (a quote mark aside), with at most three words of
// its kind before the noun ("The local elections", "The Batley and Spen by-election"), then "on";
// or a sitting set for a day as a vote is: a budget, a King's or Queen's Speech, a spending
// review, a debate or a summit ("The Budget on Tuesday").
const ELECTION_OPENING_ON = new RegExp(
  String.raw`[.!?]\s+["“'‘]?The\s+(?:[\w'’-]+\s+){0,3}?(?:elections?|by-?elections?|polls?|votes?|referendum|ballot|run-?off|primary|primaries|caucus(?:es)?|leadership\s+contest|budget|(?:king|queen)['’]s\s+speech|spending\s+review|debate|summit)\s+on\s+$`,
  'i',
);
// What a present "is" or "are" says of a vote still to come: what is expected of it ("is expected
// to include"), a test, chance or choice it is ("are the first big test", "is the chancellor's
// chance"), or its place in a row ("is the third in five years", "is the last before polling day"),
// but not a place a relative clause tells in the past ("is the second in a row in which turnout
// fell"; "is the first in which 16-year-olds can vote" is to come). Not a verdict on its outcome,
// which is open-ended ("is a clear mandate", "is another blow", "is bad news for", "is the first
// defeat for the government since 1977"), nor a state or participle that looks back ("is seen as a
// rebuke", "are being counted"), nor a survey's finding ("The poll on Tuesday is the first to show
// Labour behind").
const PRESENT_BE_AFTER = new RegExp(
  String.raw`^\s+(?:is|are)\s+(?:\w+ly\s+)?(?:(?:expected|likely|unlikely|set|due|poised|bound|going|tipped)\s+to\b|(?:a|an|the|its|their|his|her|[\w'’-]+['’]s)\s+(?:[\w'’-]+\s+){0,3}?(?:test|chance|choice|opportunity|showdown|hurdle)\b|the\s+(?:first|second|third|fourth|fifth|last|final|next)\s+(?:in|of|before)\b(?![^.!?;]*?\b(?:which|where|when|that)\s+(?:[\w'’-]+\s+){0,3}?(?:was|were|had|${IRREGULAR_PAST}|${REGULAR_PAST})\b))`,
  'i',
);
const WEEKDAY = new RegExp(`^(on\\s+)?${WEEKDAY_PATTERN}$`, 'i');
// Far enough back for the sentence's opening, the election's words and "on".
const REACH = 80;

/**
 * Whether the weekday at `start`..`end` is the day of an election or vote that opens its sentence
 * and is told with a present "is" or "are": "The local elections on Thursday are the first big test
 * for the new leader", said on a Tuesday, is the coming Thursday; a vote gone by would take "was".
 * Only what is said of a vote to come follows: an expectation, a test, chance or choice, a place in
 * a row, unless a relative clause tells it in the past ("The election on Sunday is the second in a
 * row in which turnout fell below half" is left to that clause's tense). Not a state or participle
 * looking back ("The vote on Thursday is seen as a rebuke", "The ballots on Sunday are being
 * counted"), nor a verdict on the outcome ("The by-election on Thursday is a humiliation for the
 * prime minister", "The vote on Thursday is a clear mandate", said on a Friday), nor a survey's
 * finding ("The poll on Tuesday is the first to show Labour behind"), nor a vote inside its
 * sentence ("Turnout in the election on Sunday is the lowest on record"), which all speak of one
 * gone by.
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
