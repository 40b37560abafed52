import { describe, expect, it } from 'vitest';
import { aheadVerbEnds } from './futureCue.ts';

describe('a verb looking ahead right before a date', () => {
  it.each([
    ['The summit opens', 0],
    ['Polls are expected to close', 2],
    ['The Fed will meet', 1],
  ])('reads %j as ending with a verb that looks ahead', (before, words) => {
    expect(aheadVerbEnds(before, words)).toBe(true);
  });

  it('does not read a present verb of schedule after an article, where it is a noun', () => {
    expect(aheadVerbEnds('Investors cheered the opens', 0)).toBe(false);
  });

  it('does not read a future cue followed by more words than allowed', () => {
    expect(aheadVerbEnds('The Fed will meet with bankers', 1)).toBe(false);
  });
});
