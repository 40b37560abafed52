import { describe, expect, it } from 'vitest';
import { APPROXIMATOR_BEFORE } from './approximatorBefore.ts';

describe('an approximator or a bound just before a count', () => {
  it('takes "Some ", "about ", "more than " and "at least " at the end of the words before', () => {
    for (const before of ['Some ', 'It opened about ', 'more than ', 'at least '])
      expect(APPROXIMATOR_BEFORE.test(before)).toBe(true);
  });

  it('takes no approximator that is not the last word, nor a word that only ends like one', () => {
    for (const before of ['about the ', 'It opened ', 'handsome ', ''])
      expect(APPROXIMATOR_BEFORE.test(before)).toBe(false);
  });
});
