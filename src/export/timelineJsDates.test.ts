import { describe, expect, it } from 'vitest';
import { timelineJsDates } from './timelineJsDates.ts';

const date = (value: string, start: string, end: string) => ({ value, start, end });

describe('timelineJsDates', () => {
  it('gives one day as year, month and day, with no end date', () => {
    expect(timelineJsDates(date('2025-08-06', '2025-08-06', '2025-08-06'))).toEqual({
      start_date: { year: 2025, month: 8, day: 6 },
    });
  });

  it('gives a month-only date no day', () => {
    expect(timelineJsDates(date('2021-06', '2021-06-01', '2021-06-30'))).toEqual({
      start_date: { year: 2021, month: 6 },
    });
  });

  it('gives a year-only date no month', () => {
    expect(timelineJsDates(date('2025', '2025-01-01', '2025-12-31'))).toEqual({
      start_date: { year: 2025 },
    });
  });

  it('gives a week its first and last day, since TimelineJS has no weeks', () => {
    expect(timelineJsDates(date('2025-W33', '2025-08-11', '2025-08-17'))).toEqual({
      start_date: { year: 2025, month: 8, day: 11 },
      end_date: { year: 2025, month: 8, day: 17 },
    });
  });

  it('gives a quarter its first and last month, and a decade its first and last year', () => {
    expect(timelineJsDates(date('2025-Q3', '2025-07-01', '2025-09-30'))).toEqual({
      start_date: { year: 2025, month: 7 },
      end_date: { year: 2025, month: 9 },
    });
    expect(timelineJsDates(date('199X', '1990-01-01', '1999-12-31'))).toEqual({
      start_date: { year: 1990 },
      end_date: { year: 1999 },
    });
  });

  it('keeps each end of an interval at its own precision', () => {
    expect(timelineJsDates(date('2025/2025-08-07', '2025-01-01', '2025-08-07'))).toEqual({
      start_date: { year: 2025 },
      end_date: { year: 2025, month: 8, day: 7 },
    });
    expect(timelineJsDates(date('2017-01-20/2021-01-20', '2017-01-20', '2021-01-20'))).toEqual({
      start_date: { year: 2017, month: 1, day: 20 },
      end_date: { year: 2021, month: 1, day: 20 },
    });
  });

  it('gives a day with a clock time its hour and minute, as the article stated them', () => {
    expect(timelineJsDates(date('2025-03-03T10:30', '2025-03-03', '2025-03-03'))).toEqual({
      start_date: { year: 2025, month: 3, day: 3, hour: 10, minute: 30 },
    });
    expect(timelineJsDates(date('2025-11-12T20:00', '2025-11-12', '2025-11-12'))).toEqual({
      start_date: { year: 2025, month: 11, day: 12, hour: 20, minute: 0 },
    });
  });

  it('gives an interval its days and no clock time, as its label gives none', () => {
    expect(
      timelineJsDates(date('2025-03-03T10:30/2025-03-07', '2025-03-03', '2025-03-07')),
    ).toEqual({
      start_date: { year: 2025, month: 3, day: 3 },
      end_date: { year: 2025, month: 3, day: 7 },
    });
    expect(
      timelineJsDates(date('2025-03-03T09:00/2025-03-05T10:30', '2025-03-03', '2025-03-05')),
    ).toEqual({
      start_date: { year: 2025, month: 3, day: 3 },
      end_date: { year: 2025, month: 3, day: 5 },
    });
  });

  it('gives an interval within one day that day alone, whatever clock times its ends keep', () => {
    for (const value of ['2025-03-03T09:00/2025-03-03T17:00', '2025-03-03T10:30/2025-03-03']) {
      expect(timelineJsDates(date(value, '2025-03-03', '2025-03-03')), value).toEqual({
        start_date: { year: 2025, month: 3, day: 3 },
      });
    }
  });
});
