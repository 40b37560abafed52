import { describe, expect, it } from 'vitest';
import { CLOCK_WORDS } from './clockWords.ts';

const CLOCK = new RegExp(`^${CLOCK_WORDS}$`, 'i');

describe('CLOCK_WORDS', () => {
  it('reads "10 p.m.", "10:30am", "9 o\'clock", "noon" and "midnight" as clock times', () => {
    for (const words of ['10 p.m.', '10:30am', "9 o'clock", 'noon', 'midnight'])
      expect(CLOCK.test(words)).toBe(true);
  });

  it('does not read a bare hour ("10"), "10:30" or "midday" as one', () => {
    for (const words of ['10', '10:30', 'midday']) expect(CLOCK.test(words)).toBe(false);
  });
});
