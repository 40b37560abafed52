import { VOTE_NOUN } from './voteNoun.ts';

// The words before a weekday that open its sentence: nothing, or a quotation mark, "And" or
// "But".
const SUBJECT_OPENS = /(?:^|[.!?]["”’]?\s+)(?:["“‘]\s*)?(?:(?:And|But)\s+)?$/;
// "Saturday's vote is", "Sunday's parliamentary elections are", "Tuesday's runoff is": the day's
// vote, with up to three words of its kind, then the present of "be". A regular expression's
// source, read from the day's possessive on.
export const DAY_VOTE_IS = String.raw`^['’]s\s+(?:[\w-]+\s+){0,3}?(?:${VOTE_NOUN}|polls)\s+(?:is|are)\s+`;
// The day's vote told in the present of "be" (DAY_VOTE_IS; not a plan's participle,
// "is expected to", which expectedDayEventAhead and electionDayAhead weigh, nor what is still done
// to a vote held or said of it by all: "is still being counted", "is under challenge", "is widely
// seen as rigged", "is disputed"), nor a vote told settled: "is now final", "is official", "is
// complete", "is void", "is behind us" ("is final only if turnout tops half" still looks ahead).
const VOTE_IS_AFTER = new RegExp(
  String.raw`${DAY_VOTE_IS}(?!(?:expected|set|due|likely|going|seen|being|(?:now\s+)?(?:over|final|official|complete|done|finished|void|invalid|behind\s+(?:us|them|it))\b(?!\s+(?:only|if|unless))|still|already|under|widely|in\s+(?:dispute|doubt)|\w+ed)\b)`,
  'i',
);

/**
 * Whether a weekday opens its sentence as the owner of a vote told in the present of "be":
 * "Saturday's vote is only the second presidential election in Taiwan's history", said on the
 * Wednesday before. What the vote is tells of a vote still to come when the nearest such day is
 * ahead (the caller weighs that), as a headline's present does: a vote gone by is told in the past
 * ("Saturday's vote was the second").
 *
 * @example dayVoteSubjectIs('', "'s vote is only the second") // true
 */
export function dayVoteSubjectIs(before: string, after: string): boolean {
  return SUBJECT_OPENS.test(before) && VOTE_IS_AFTER.test(after);
}
