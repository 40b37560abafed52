import { describe, expect, it } from 'vitest';
import { VOTE_NOUN } from './voteNoun.ts';

const VOTE = new RegExp(String.raw`\b(?:${VOTE_NOUN})\b`, 'gi');
const votes = (text: string) => [...text.matchAll(VOTE)].map((m) => m[0]);

describe('a noun of a vote', () => {
  it('finds "primary" and "runoff" in "Smith won Tuesday\'s primary and faces a runoff"', () => {
    expect(votes("Smith won Tuesday's primary and faces a runoff.")).toEqual(['primary', 'runoff']);
  });

  it('finds "by-election", "referendum", "caucuses" and "ballot"', () => {
    expect(
      votes("Thursday's by-election, the referendum, the caucuses and the ballot were held."),
    ).toEqual(['by-election', 'referendum', 'caucuses', 'ballot']);
  });

  it('does not find "Voters" or "electoral" in "Voters cast electoral papers"', () => {
    expect(votes('Voters cast electoral papers.')).toEqual([]);
  });
});
