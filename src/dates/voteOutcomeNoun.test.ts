import { describe, expect, it } from 'vitest';
import { VOTE_OUTCOME_NOUN } from './voteOutcomeNoun.ts';

const OUTCOME = new RegExp(String.raw`\b(?:${VOTE_OUTCOME_NOUN})\b`, 'gi');
const outcomes = (text: string) => [...text.matchAll(OUTCOME)].map((m) => m[0]);

describe('a noun of what came of a vote', () => {
  it('finds "results" and "turnout" in "Tuesday\'s primary results showed a low turnout"', () => {
    expect(outcomes("Tuesday's primary results showed a low turnout.")).toEqual([
      'results',
      'turnout',
    ]);
  });

  it('finds "returns", "count", "tally" and "outcome"', () => {
    expect(outcomes('The returns, the count, the tally and the outcome.')).toEqual([
      'returns',
      'count',
      'tally',
      'outcome',
    ]);
  });

  it('does not find "counted" or "resulting" in "The votes counted, resulting in a recount"', () => {
    expect(outcomes('The votes counted, resulting in a recount.')).toEqual([]);
  });
});
