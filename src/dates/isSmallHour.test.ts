import { describe, expect, it } from 'vitest';
import { isSmallHour } from './isSmallHour.ts';

describe('the small hours of a night', () => {
  it('tells the small hours by one cut-off, 5 a.m.', () => {
    expect(isSmallHour(0)).toBe(true);
    expect(isSmallHour(4)).toBe(true);
    expect(isSmallHour(5)).toBe(false);
    expect(isSmallHour(12)).toBe(false);
  });
});
