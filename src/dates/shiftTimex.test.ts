import { describe, expect, it } from 'vitest';
import { shiftTimex } from './shiftTimex.ts';

describe('shiftTimex', () => {
  it('keeps a month a month when moving it by months', () => {
    expect(shiftTimex('2021-06', { amount: 8, unit: 'month' })).toBe('2022-02');
    expect(shiftTimex('2021-06', { amount: -8, unit: 'month' })).toBe('2020-10');
  });

  it('moves a day across a month end', () => {
    expect(shiftTimex('2025-08-30', { amount: 2, unit: 'day' })).toBe('2025-09-01');
  });

  it('moves an ISO week across a year end', () => {
    expect(shiftTimex('2025-W52', { amount: 1, unit: 'week' })).toBe('2026-W01');
  });

  it('keeps a year a year even when moved by months', () => {
    expect(shiftTimex('2025', { amount: 8, unit: 'month' })).toBe('2025');
    expect(shiftTimex('2025', { amount: -1, unit: 'year' })).toBe('2024');
  });

  it('moves seasons and quarters within their own calendar', () => {
    expect(shiftTimex('2022-SP', { amount: 1, unit: 'year' })).toBe('2023-SP');
    expect(shiftTimex('2025-Q3', { amount: 3, unit: 'month' })).toBe('2025-Q4');
  });

  it('moves a half year to the half its first day is moved into', () => {
    expect(shiftTimex('1989-H1', { amount: -1, unit: 'year' })).toBe('1988-H1');
    expect(shiftTimex('1989-H2', { amount: 6, unit: 'month' })).toBe('1990-H1');
  });

  it('keeps the time of day and the weekend marker', () => {
    expect(shiftTimex('2025-08-08T15:00', { amount: 1, unit: 'day' })).toBe('2025-08-09T15:00');
    expect(shiftTimex('2025-W32-WE', { amount: 1, unit: 'week' })).toBe('2025-W33-WE');
  });

  it('refuses a fractional amount', () => {
    expect(() => shiftTimex('2025', { amount: 1.5, unit: 'year' })).toThrow(/whole number/);
  });
});
