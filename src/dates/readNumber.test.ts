import { describe, expect, it } from 'vitest';
import { readNumber } from './readNumber.ts';

describe('readNumber', () => {
  it.each([
    ['twenty-four', 24],
    ['two thousand', 2000],
    ['fifteen hundred', 1500],
    ['one hundred and fifty', 150],
    ['a hundred', 100],
    ['two thousand three hundred', 2300],
    ['three thousand and twelve', 3012],
  ])(
    'counts "%s" in words as %i: hundreds and thousands multiply what comes before them',
    (words, n) => {
      expect(readNumber(words)).toBe(n);
    },
  );

  it('reads figures with and without thousands separators', () => {
    expect(readNumber('12')).toBe(12);
    expect(readNumber('1,500')).toBe(1500);
  });

  it('reads no number from words that are not all numbers', () => {
    expect(readNumber('two dogs')).toBeUndefined();
  });
});
