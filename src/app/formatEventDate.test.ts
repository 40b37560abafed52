import { describe, expect, it } from 'vitest';
import { formatEventDate } from './formatEventDate.ts';

describe('formatEventDate', () => {
  it('gives a day with its weekday', () => {
    expect(formatEventDate({ start: '2025-08-06', end: '2025-08-06', granularity: 'day' })).toBe(
      'Wed 6 Aug 2025',
    );
  });

  it('gives a month without inventing a day', () => {
    expect(formatEventDate({ start: '2019-12-01', end: '2019-12-31', granularity: 'month' })).toBe(
      'December 2019',
    );
  });

  it('gives a week by its first day', () => {
    expect(formatEventDate({ start: '2025-08-11', end: '2025-08-17', granularity: 'week' })).toBe(
      'week of 11 Aug 2025',
    );
  });

  it('gives a span of years as a year range', () => {
    expect(formatEventDate({ start: '2017-01-20', end: '2021-01-20', granularity: 'span' })).toBe(
      '2017–2021',
    );
  });

  it('puts the TIMEX modifier in words before the date', () => {
    expect(
      formatEventDate({
        start: '2025-01-01',
        end: '2025-12-31',
        granularity: 'year',
        mod: 'START',
      }),
    ).toBe('early 2025');
  });
});
