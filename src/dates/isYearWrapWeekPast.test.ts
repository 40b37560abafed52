import { describe, expect, it } from 'vitest';
import { isYearWrapWeekPast } from './isYearWrapWeekPast.ts';

const TEXT = 'For the year, the Dow rose 27%.';
const START = TEXT.indexOf('the year');
const END = START + 'the year'.length;

describe('a plain "the year" told in the past in the first week of January', () => {
  it('holds for "the year" told in the past on 2 January 1990', () => {
    expect(isYearWrapWeekPast(TEXT, START, END, 'past', '1990-01-02')).toBe(true);
  });

  it('holds on 7 January, the last day of the week', () => {
    expect(isYearWrapWeekPast(TEXT, START, END, 'past', '1990-01-07')).toBe(true);
  });

  it('does not hold on 8 January, nor on 31 December', () => {
    expect(isYearWrapWeekPast(TEXT, START, END, 'past', '1990-01-08')).toBe(false);
    expect(isYearWrapWeekPast(TEXT, START, END, 'past', '1989-12-31')).toBe(false);
  });

  it('does not hold for a sentence not in the past', () => {
    expect(isYearWrapWeekPast(TEXT, START, END, 'future', '1990-01-02')).toBe(false);
  });

  it('does not hold for words other than a plain "the year" ("the Dow")', () => {
    const start = TEXT.indexOf('the Dow');
    expect(isYearWrapWeekPast(TEXT, start, start + 7, 'past', '1990-01-02')).toBe(false);
  });
});
