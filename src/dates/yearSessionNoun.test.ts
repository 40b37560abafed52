import { describe, expect, it } from 'vitest';
import { YEAR_SESSION_NOUN } from './yearSessionNoun.ts';

const SESSION = new RegExp(String.raw`\b(?:first|last|final)\s+${YEAR_SESSION_NOUN}\b`, 'gi');
const sessions = (text: string) => [...text.matchAll(SESSION)].map((m) => m[0]);

describe("a noun of a year's first or last session", () => {
  it('finds "last session" and "first trading day" in "Stocks ended the year\'s last session and rose on the year\'s first trading day"', () => {
    expect(
      sessions("Stocks ended the year's last session and rose on the year's first trading day."),
    ).toEqual(['last session', 'first trading day']);
  });

  it('finds "final trading session" in "the final trading session of the year"', () => {
    expect(sessions('in the final trading session of the year')).toEqual(['final trading session']);
  });

  it('does not find "last week" or "first half" in "Stocks fell last week and in the first half"', () => {
    expect(sessions('Stocks fell last week and in the first half.')).toEqual([]);
  });
});
