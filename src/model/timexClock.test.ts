import { describe, expect, it } from 'vitest';
import { timexClock } from './timexClock.ts';

describe('timexClock', () => {
  it('gives the hour and minute a TIME value keeps, on the 24-hour clock', () => {
    expect(timexClock('2025-03-03T10:30')).toEqual({ hour: 10, minute: 30 });
    expect(timexClock('2025-09-19T04:25')).toEqual({ hour: 4, minute: 25 });
    expect(timexClock('2025-11-12T20:00')).toEqual({ hour: 20, minute: 0 });
  });

  it('gives nothing for a value with no clock time, nor for an interval, whose ends may differ', () => {
    expect(timexClock('2025-03-03')).toBeUndefined();
    expect(timexClock('2025-W33')).toBeUndefined();
    expect(timexClock('PT3H')).toBeUndefined();
    expect(timexClock('2025-03-03T10:30/2025-03-07')).toBeUndefined();
    expect(timexClock('2025-03-03T09:00/2025-03-03T17:00')).toBeUndefined();
  });
});
