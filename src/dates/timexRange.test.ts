import { describe, expect, it } from 'vitest';
import { DateResolutionError } from './DateResolutionError.ts';
import { timexRange } from './timexRange.ts';

describe('timexRange', () => {
  it('covers a single day for a day value', () => {
    expect(timexRange('2025-08-06')).toEqual({
      start: '2025-08-06',
      end: '2025-08-06',
      granularity: 'day',
    });
  });

  it('covers the day of a time value', () => {
    expect(timexRange('2025-08-08T15:00')).toEqual({
      start: '2025-08-08',
      end: '2025-08-08',
      granularity: 'day',
    });
  });

  it('runs a half year over its six months, as a span', () => {
    expect(timexRange('2024-H1')).toEqual({
      start: '2024-01-01',
      end: '2024-06-30',
      granularity: 'span',
    });
    expect(timexRange('2023-H2')).toEqual({
      start: '2023-07-01',
      end: '2023-12-31',
      granularity: 'span',
    });
  });

  it('runs an ISO week from Monday to Sunday', () => {
    expect(timexRange('2025-W33')).toEqual({
      start: '2025-08-11',
      end: '2025-08-17',
      granularity: 'week',
    });
  });

  it('puts ISO week 1 in the year that holds its Thursday', () => {
    expect(timexRange('2026-W01')).toEqual({
      start: '2025-12-29',
      end: '2026-01-04',
      granularity: 'week',
    });
  });

  it('reads a -WE week as its Saturday and Sunday', () => {
    expect(timexRange('2025-W32-WE')).toEqual({
      start: '2025-08-09',
      end: '2025-08-10',
      granularity: 'week',
    });
  });

  it('covers a whole month, leap February included', () => {
    expect(timexRange('2019-12')).toEqual({
      start: '2019-12-01',
      end: '2019-12-31',
      granularity: 'month',
    });
    expect(timexRange('2024-02').end).toBe('2024-02-29');
  });

  it('covers a quarter of three months', () => {
    expect(timexRange('2025-Q3')).toEqual({
      start: '2025-07-01',
      end: '2025-09-30',
      granularity: 'quarter',
    });
  });

  it('reads seasons as meteorological, winter running into the next year', () => {
    expect(timexRange('2022-SP')).toEqual({
      start: '2022-03-01',
      end: '2022-05-31',
      granularity: 'season',
    });
    expect(timexRange('2023-WI')).toEqual({
      start: '2023-12-01',
      end: '2024-02-29',
      granularity: 'season',
    });
  });

  it('covers a year and a decade written either way', () => {
    expect(timexRange('2025')).toEqual({
      start: '2025-01-01',
      end: '2025-12-31',
      granularity: 'year',
    });
    expect(timexRange('199X')).toEqual({
      start: '1990-01-01',
      end: '1999-12-31',
      granularity: 'decade',
    });
    expect(timexRange('1990s')).toEqual(timexRange('199X'));
  });

  it('refuses references, durations and impossible days with a message naming the value', () => {
    expect(() => timexRange('PAST_REF')).toThrow(DateResolutionError);
    expect(() => timexRange('P8M')).toThrowErrorMatchingInlineSnapshot(
      `[DateResolutionError: expected a TIMEX value that names calendar days (2025-08-06, 2025-W33, 2025-08, 2025-Q3, 2022-SP, 2025, 199X), found "P8M"]`,
    );
    expect(() => timexRange('2025-02-30')).toThrow(DateResolutionError);
    expect(() => timexRange('2025-13')).toThrow(DateResolutionError);
  });
});

describe('timexRange of an interval', () => {
  it('runs from the first day of its first value to the last day of its second, as a span', () => {
    expect(timexRange('2010-06-02/2010-06-16')).toEqual({
      start: '2010-06-02',
      end: '2010-06-16',
      granularity: 'span',
    });
    expect(timexRange('2010-03/2010-06')).toEqual({
      start: '2010-03-01',
      end: '2010-06-30',
      granularity: 'span',
    });
  });

  it('refuses an interval that ends before it starts', () => {
    expect(() => timexRange('2010-06-16/2010-06-02')).toThrow();
  });
});
