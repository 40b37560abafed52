import { describe, expect, it } from 'vitest';
import { DETERMINER } from './determiner.ts';

const WHOLE = new RegExp(`^${DETERMINER}$`, 'i');

describe('the determiners before a noun', () => {
  it.each(['the', 'an', 'Their', 'its'])('reads %j as a determiner', (word) => {
    expect(WHOLE.test(word)).toBe(true);
  });

  it('does not read "these" or "then" as a determiner, the pattern being whole words', () => {
    expect(WHOLE.test('these')).toBe(false);
    expect(WHOLE.test('then')).toBe(false);
  });
});
