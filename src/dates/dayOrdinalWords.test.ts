import { describe, expect, it } from 'vitest';
import { dayOfOrdinalWords } from './dayOrdinalWords.ts';

describe('dayOfOrdinalWords', () => {
  it('reads "thirty first", "twenty-second", "fourth" and "thirtieth" as 31, 22, 4 and 30', () => {
    expect(
      ['thirty first', 'twenty-second', 'fourth', 'thirtieth'].map((w) => dayOfOrdinalWords(w)),
    ).toEqual([31, 22, 4, 30]);
  });

  it('reads no day in "thirty second" or "twenty tenth"', () => {
    expect(dayOfOrdinalWords('thirty second')).toBeUndefined();
    expect(dayOfOrdinalWords('twenty tenth')).toBeUndefined();
  });
});
