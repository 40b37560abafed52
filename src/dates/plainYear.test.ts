import { describe, expect, it } from 'vitest';
import { PLAIN_YEAR } from './plainYear.ts';

describe('PLAIN_YEAR', () => {
  it('takes "the year" of "For the year, net income fell" and "The Year"', () => {
    expect(PLAIN_YEAR.test('the year')).toBe(true);
    expect(PLAIN_YEAR.test('The Year')).toBe(true);
  });

  it('does not take "the full year", "the fiscal year" or "the year before"', () => {
    expect(PLAIN_YEAR.test('the full year')).toBe(false);
    expect(PLAIN_YEAR.test('the fiscal year')).toBe(false);
    expect(PLAIN_YEAR.test('the year before')).toBe(false);
  });
});
