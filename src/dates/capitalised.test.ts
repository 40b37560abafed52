import { describe, expect, it } from 'vitest';
import { CAPITALISED } from './capitalised.ts';

describe('a word that opens with a capital', () => {
  it.each(['August', 'Christmas Day', 'Ford', 'May'])('reads %j as capitalised', (word) => {
    expect(CAPITALISED.test(word)).toBe(true);
  });

  it.each(['august', 'spring', 'may', ' May', '1989', ''])(
    'does not read %j as capitalised, only a capital opening it counting',
    (word) => {
      expect(CAPITALISED.test(word)).toBe(false);
    },
  );

  it('gives the same answer twice in a row, the expression holding no state', () => {
    expect(CAPITALISED.test('March')).toBe(true);
    expect(CAPITALISED.test('March')).toBe(true);
  });
});
