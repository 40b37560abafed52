import { describe, expect, it } from 'vitest';
import { timexClock } from './timexClock.ts';

describe('timexClock', () => {
  it('gives the hour and minute a TIME value keeps, on the 24-hour clock', () => {
    expect(timexClock('2025-03-03T10:30')).toEqual({ hour: 10, minute: 30 });
    expect(timexClock('2025-09-19T04:25')).toEqual({ hour: 4, minute: 25 });
    expect(timexClock('2025-11-12T20:00')).toEqual({ hour: 20, minute: 0 });
  });

  it('reads the digits as written, whatever zone the process runs in', () => {
    const zone = process.env.TZ;
    try {
      const clocks = ['Pacific/Honolulu', 'Pacific/Kiritimati'].map((tz) => {
        process.env.TZ = tz;
        return timexClock('2025-03-03T23:45');
      });
      expect(clocks).toEqual([
        { hour: 23, minute: 45 },
        { hour: 23, minute: 45 },
      ]);
    } finally {
      process.env.TZ = zone;
    }
  });

  it('gives nothing for a value with no clock time', () => {
    expect(timexClock('2025-03-03')).toBeUndefined();
    expect(timexClock('2025-W33')).toBeUndefined();
    expect(timexClock('PT3H')).toBeUndefined();
    expect(timexClock('2025-03-03T10:30/2025-03-07')).toBeUndefined();
  });
});
