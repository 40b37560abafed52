import { describe, expect, it } from 'vitest';
import { monthsAhead } from './monthsAhead.ts';

describe('monthsAhead', () => {
  it('counts a month later in the same year as the months between', () => {
    expect(monthsAhead(9, '2025-06-15')).toBe(3);
  });

  it('counts on round the end of the year to a month of the next', () => {
    expect(monthsAhead(1, '2025-12-10')).toBe(1);
    expect(monthsAhead(2, '2025-11-30')).toBe(3);
  });

  it('gives publication month itself as none ahead and the month before as eleven', () => {
    expect(monthsAhead(6, '2025-06-01')).toBe(0);
    expect(monthsAhead(5, '2025-06-01')).toBe(11);
  });
});
