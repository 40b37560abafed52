import type { Tense } from './tenseAround.ts';
import { VOTE_NOUN } from './voteNoun.ts';
import { VOTE_OUTCOME_NOUN } from './voteOutcomeNoun.ts';

// "Tuesday's elections", "Thursday's by-election", "Tuesday's vote", "Wednesday's ballot": a
// weekday's possessive before a vote, with up to three words of its kind before the noun.
const VOTE_AFTER = new RegExp(
  String.raw`^['’]s\s+(?:[\w-]+\s+){0,3}?(?:${VOTE_NOUN}|polls)\b`,
  'i',
);

// A future told with "will", "shall", "'ll" or "is (are) expected, set, due, likely or going to":
// "would" weighs a past as often ("would resign to take responsibility for his party's defeat in
// Sunday's upper house election").
const WILL_BEFORE =
  /\b(?:will|shall|(?:is|are|'re|’re)\s+(?:expected|set|due|likely|going)\s+to)\b|['’]ll\b/i;
const WOULD_BEFORE = /\b(?:would|could|might)\b/i;

// What came of a vote gone by: "defeat in", "victory in", "results of".
const OUTCOME_BEFORE =
  /\b(?:defeat|victory|loss|losses|gains?|results?|wins?|turnout\s+was)\s+(?:in|at|of|from)\s+$/i;

// A deed done to a vote already held, right before the day's possessive: "will certify Tuesday's
// vote", "will recount Tuesday's ballots", "will contest Sunday's result".
const ACTED_ON_BEFORE =
  /\b(?:certify|recount|canvass|tally|audit|contest|challenge|overturn|annul|invalidate)\s+$/i;

// What came of the vote, named after it: "will review Tuesday's primary results", "will study
// Tuesday's exit polls", "will examine Tuesday's vote count". Only of the vote gone by when that is
// the nearer one: "Networks will report Tuesday's primary results", said on the Saturday before,
// is the Tuesday ahead.
const RESULT_AFTER = new RegExp(
  String.raw`^['’]s\s+(?:[\w-]+\s+){0,3}?(?:${VOTE_OUTCOME_NOUN}|exit\s+polls?)\b`,
  'i',
);

// What the future follows: "will take power after Tuesday's election".
const AFTER_BEFORE = /\bafter\s+$/i;

/**
 * Whether a weekday's election or vote (`after`, opening with the day's "'s") is the coming one
 * because its sentence tells the future with "will" or "is expected to" (`sentenceBefore`, the
 * sentence's words before the day; `told`, tenseAround's tense): "Turnout is expected to be low in
 * Tuesday's elections", "Polls suggest Labour will hold the seat in Thursday's by-election", said
 * on a Saturday, are the Tuesday and Thursday ahead, where a day's event is otherwise gone by. Not
 * a sentence with "would", "could" or "might" ("would resign … for his party's defeat in Sunday's
 * upper house election"), nor what came of the vote ("will study the results of Tuesday's vote",
 * "will review Tuesday's primary results", "will examine Tuesday's vote count", where the vote gone
 * by is the nearer),
 * nor a deed done to the vote held ("will certify Tuesday's vote", said two days after it). A vote
 * the future follows ("will hold a conference after Thursday's by-election") is the coming one
 * only when that is nearer than the one gone by (`nearerGoneBy`): said on a Saturday, Thursday's is
 * gone by and Tuesday's ahead.
 *
 * @example electionDayAhead('Voters will choose a governor in ', "'s election.", 'future') // true
 */
export function electionDayAhead(
  sentenceBefore: string,
  after: string,
  told: Tense,
  nearerGoneBy = false,
): boolean {
  return (
    told === 'future' &&
    VOTE_AFTER.test(after) &&
    !(nearerGoneBy && RESULT_AFTER.test(after)) &&
    WILL_BEFORE.test(sentenceBefore) &&
    !WOULD_BEFORE.test(sentenceBefore) &&
    !OUTCOME_BEFORE.test(sentenceBefore) &&
    !ACTED_ON_BEFORE.test(sentenceBefore) &&
    !(nearerGoneBy && AFTER_BEFORE.test(sentenceBefore))
  );
}
