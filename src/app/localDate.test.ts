import { describe, expect, it } from 'vitest';
import { endOfLocalDate, localDate } from './localDate.ts';

describe('localDate', () => {
  it('reads a calendar date as local midnight of that day', () => {
    const date = localDate('2025-08-06');
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours()]).toEqual([
      2025, 7, 6, 0,
    ]);
  });

  it('ends a day at local midnight of the next day, across a month end', () => {
    const end = endOfLocalDate('2025-08-31');
    expect([end.getFullYear(), end.getMonth(), end.getDate(), end.getHours()]).toEqual([
      2025, 8, 1, 0,
    ]);
  });
});
