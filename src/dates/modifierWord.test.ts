import { describe, expect, it } from 'vitest';
import { MODIFIER_WORD } from './modifierWord.ts';

const MODIFIER = new RegExp(`^(?:${MODIFIER_WORD})$`);

describe('MODIFIER_WORD', () => {
  it('takes "last", "next", "this", "past" and "coming" as words that place a day from now', () => {
    for (const word of ['last', 'next', 'this', 'past', 'coming'])
      expect(MODIFIER.test(word)).toBe(true);
  });

  it('does not take "previous" or "following", which count from a day named before', () => {
    for (const word of ['previous', 'following']) expect(MODIFIER.test(word)).toBe(false);
  });
});
