import { getDay } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { WEEKDAY_CAPITALISED_SOURCE, weekdayNumber } from './weekdayNames.ts';

describe('weekdayNumber', () => {
  it('numbers a weekday as date-fns getDay does, whatever its case', () => {
    // 11 March 2026 was a Wednesday.
    expect(weekdayNumber('Wednesday')).toBe(getDay(new Date(2026, 2, 11)));
    expect(weekdayNumber('sunday')).toBe(0);
    expect(weekdayNumber('SATURDAY')).toBe(6);
  });

  it('gives -1 for a word that is no weekday', () => {
    expect(weekdayNumber('Weds')).toBe(-1);
    expect(weekdayNumber('May')).toBe(-1);
  });
});

describe('WEEKDAY_CAPITALISED_SOURCE', () => {
  it('matches a capitalised weekday and not one in lower case', () => {
    const whole = new RegExp(`^(?:${WEEKDAY_CAPITALISED_SOURCE})$`);
    expect(whole.test('Thursday')).toBe(true);
    expect(whole.test('thursday')).toBe(false);
  });
});
