import { describe, expect, it } from 'vitest';
import { anniversaryReading } from './anniversaryReading.ts';
import type { Reading, ReadingContext } from './Reading.ts';

// Wednesday 5 March 2025, in ISO week 10.
const PUBLISHED = '2025-03-05';
const valueOf = (reading: Reading) => reading.resolve({} as ReadingContext);

describe('the month or week of publication so many years back', () => {
  it('reads 40 years back from this month as March 1985, over the words given', () => {
    const reading = anniversaryReading(6, 25, PUBLISHED, {
      count: 40,
      granularity: 'month',
      previous: false,
    });
    expect([reading.start, reading.end]).toEqual([6, 25]);
    expect(valueOf(reading)).toMatchObject({
      type: 'DATE',
      value: '1985-03',
      granularity: 'month',
    });
  });

  it('reads a year back from last month as February 2024 and from last week as week 9', () => {
    const month = anniversaryReading(0, 1, PUBLISHED, {
      count: 1,
      granularity: 'month',
      previous: true,
    });
    const week = anniversaryReading(0, 1, PUBLISHED, {
      count: 1,
      granularity: 'week',
      previous: true,
    });
    expect(valueOf(month)).toMatchObject({ value: '2024-02' });
    expect(valueOf(week)).toMatchObject({ value: '2024-W09' });
  });
});
