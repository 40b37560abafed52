import { describe, expect, it } from 'vitest';
import { yearGoneByBefore } from './yearGoneByBefore.ts';

const at = (text: string) => text.indexOf('Christmas');

describe('a year gone by named earlier in the sentence', () => {
  it('takes "Last year" and "a year ago" before the feast in the same sentence', () => {
    const last = 'Last year the last Saturday before Christmas was the busiest day.';
    const ago = 'A year ago the final two weeks before Christmas brought a third of sales.';
    expect(yearGoneByBefore(last, at(last))).toBe(true);
    expect(yearGoneByBefore(ago, at(ago))).toBe(true);
  });

  it('takes no year named in a sentence before, nor none at all', () => {
    const before = 'Sales fell last year. The last Saturday before Christmas is the busiest day.';
    const none = 'Retailers hope for a strong finish in the last two weeks before Christmas.';
    expect(yearGoneByBefore(before, at(before))).toBe(false);
    expect(yearGoneByBefore(none, at(none))).toBe(false);
  });
});
