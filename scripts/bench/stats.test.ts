import { describe, expect, it } from 'vitest';
import { median, percentile, ratio } from './stats.ts';

describe('percentile', () => {
  it('takes the nearest rank, so the 95th of twenty values is the nineteenth smallest', () => {
    const values = Array.from({ length: 20 }, (_, i) => 20 - i);
    expect(percentile(values, 95)).toBe(19);
    expect(percentile(values, 50)).toBe(10);
    expect(percentile(values, 100)).toBe(20);
  });

  it('is NaN when nothing was measured', () => {
    expect(percentile([], 95)).toBeNaN();
  });
});

describe('median', () => {
  it('is the middle value of an odd count and the mean of the middle two of an even one', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('ratio', () => {
  it('prints two decimals and says n/a when a side is missing', () => {
    expect(ratio(1, 4)).toBe('0.25×');
    expect(ratio(Number.NaN, 4)).toBe('n/a');
    expect(ratio(1, 0)).toBe('n/a');
  });
});
