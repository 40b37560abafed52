import { DAY_VOTE_IS } from './dayVoteSubjectIs.ts';

// What the vote is that can only be said of one to come: a test, a chance, a choice or a hurdle
// ahead ("is the first real test of Putin's popularity", "is a key test for the Kremlin", "are
// the opposition's last chance").
const TEST_AFTER = new RegExp(
  String.raw`${DAY_VOTE_IS}(?:\w+ly\s+)?(?:a|an|the|its|their|his|her|[\w'’-]+['’]s)\s+(?:[\w'’-]+\s+){0,3}?(?:test|chance|choice|opportunity|showdown|hurdle)\b`,
  'i',
);

/**
 * Whether the vote a weekday owns at the opening of its sentence (dayVoteSubjectIs) is told a test
 * or a chance still to come: "Sunday's election is the first real test of Putin's popularity",
 * said on Wednesday 22 March 2000, is the coming Sunday (2000-03-26) though the Sunday gone by is
 * the nearer; a vote held would be told "was the first real test". What the vote merely is ("is a
 * blow to the government") is left to the nearer day.
 *
 * @example dayVoteIsTestAhead("'s election is the first real test of Putin") // true
 */
export function dayVoteIsTestAhead(after: string): boolean {
  return TEST_AFTER.test(after);
}
