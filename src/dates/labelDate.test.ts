import { describe, expect, it } from 'vitest';
import { labelDate } from './labelDate.ts';

describe('labelDate', () => {
  it('names a day with its weekday', () => {
    expect(
      labelDate({
        value: '2025-08-06',
        granularity: 'day',
        start: '2025-08-06',
        end: '2025-08-06',
      }),
    ).toBe('Wed 6 Aug 2025');
  });

  it('names a week by its Monday', () => {
    expect(
      labelDate({ value: '2025-W33', granularity: 'week', start: '2025-08-11', end: '2025-08-17' }),
    ).toBe('week of 11 Aug 2025');
  });

  it('names a month without inventing a day', () => {
    expect(
      labelDate({ value: '2021-06', granularity: 'month', start: '2021-06-01', end: '2021-06-30' }),
    ).toBe('June 2021');
  });

  it('names a season and a decade', () => {
    expect(
      labelDate({
        value: '2022-SP',
        granularity: 'season',
        start: '2022-03-01',
        end: '2022-05-31',
      }),
    ).toBe('spring 2022');
    expect(
      labelDate({ value: '199X', granularity: 'decade', start: '1990-01-01', end: '1999-12-31' }),
    ).toBe('1990s');
  });

  it('names a span by both ends', () => {
    expect(
      labelDate({
        value: '2017-01-20/2021-01-20',
        granularity: 'span',
        start: '2017-01-20',
        end: '2021-01-20',
      }),
    ).toBe('20 Jan 2017 – 20 Jan 2021');
  });

  it('says how loosely a modified date is meant', () => {
    expect(
      labelDate({
        value: '2025-08',
        granularity: 'month',
        start: '2025-08-01',
        end: '2025-08-31',
        mod: 'BEFORE',
      }),
    ).toBe('by August 2025');
  });

  it('gives the same label in any time zone because it formats local calendar dates', () => {
    const before = process.env.TZ;
    try {
      const labels = ['Pacific/Honolulu', 'Pacific/Kiritimati'].map((zone) => {
        process.env.TZ = zone;
        return labelDate({
          value: '2025-08-06',
          granularity: 'day',
          start: '2025-08-06',
          end: '2025-08-06',
        });
      });
      expect(labels).toEqual(['Wed 6 Aug 2025', 'Wed 6 Aug 2025']);
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });
});
