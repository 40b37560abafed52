import { describe, expect, it } from 'vitest';
import { REGULAR_PAST, regularPastOfStem } from './regularPast.ts';

const PAST = new RegExp(String.raw`\b${REGULAR_PAST}\b`, 'gi');
const pasts = (text: string) => [...text.matchAll(PAST)].map((m) => m[0]);

describe('a regular past in "-ed"', () => {
  it('finds "raised" and "cited" in "The Fed raised rates and cited inflation"', () => {
    expect(pasts('The Fed raised rates and cited inflation.')).toEqual(['raised', 'cited']);
  });

  it('does not count "the Fed" as a past in "Traders watched the Fed in the first half"', () => {
    expect(pasts('Traders watched the Fed in the first half.')).toEqual(['watched']);
    expect(pasts('The Fed is expected to act.')).toEqual(['expected']);
  });

  it('does not count "red", "a hundred", "bed", "shed" or "indeed" as a past', () => {
    expect(pasts('Indeed, a hundred red cars stood in the shed, and the bed was empty.')).toEqual(
      [],
    );
  });

  it('does not count "need", "feed" or "proceed", but counts "needed" and "proceeded"', () => {
    expect(pasts('They need the feed to proceed.')).toEqual([]);
    expect(pasts('They needed the grain and proceeded.')).toEqual(['needed', 'proceeded']);
  });

  it('takes no stem shorter than asked: "led" has one letter, "used" two, "raised" four', () => {
    const ofStem = (least: number) => new RegExp(String.raw`\b${regularPastOfStem(least)}\b`, 'gi');
    const found = (least: number) =>
      [...'He led, used and raised a hundred.'.matchAll(ofStem(least))].map((m) => m[0]);
    expect(found(1)).toEqual(['led', 'used', 'raised']);
    expect(found(2)).toEqual(['used', 'raised']);
    expect(found(3)).toEqual(['raised']);
  });
});
