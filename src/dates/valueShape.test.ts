import { describe, expect, it } from 'vitest';
import {
  dayOfValue,
  isDayValue,
  isQuarterValue,
  isTimeOnDayValue,
  yearOfValue,
} from './valueShape.ts';

describe('valueShape', () => {
  it('takes a day written out as a day, and neither a time on it nor a month as one', () => {
    expect(isDayValue('2025-03-03')).toBe(true);
    expect(isDayValue('2025-03-03T15:00')).toBe(false);
    expect(isDayValue('2025-03')).toBe(false);
    expect(isDayValue('2025-W10')).toBe(false);
    expect(isDayValue('XXXX-03-03')).toBe(false);
  });

  it('finds the day a time or a part of a day falls on, and none in a coarser value', () => {
    expect(dayOfValue('2025-02-22TNI')).toBe('2025-02-22');
    expect(dayOfValue('2025-02-22T15:00')).toBe('2025-02-22');
    expect(dayOfValue('2025-02-22')).toBe('2025-02-22');
    expect(dayOfValue('2025-02')).toBeUndefined();
    expect(dayOfValue('PRESENT_REF')).toBeUndefined();
  });

  it('takes a time on a day as one, and not the bare day', () => {
    expect(isTimeOnDayValue('2025-03-03T15:00')).toBe(true);
    expect(isTimeOnDayValue('2025-03-03TMO')).toBe(true);
    expect(isTimeOnDayValue('2025-03-03')).toBe(false);
    expect(isTimeOnDayValue('T15:00')).toBe(false);
  });

  it('takes a quarter of a year as one, and not a half nor a fiscal quarter with no year', () => {
    expect(isQuarterValue('2025-Q3')).toBe(true);
    expect(isQuarterValue('2025-H1')).toBe(false);
    expect(isQuarterValue('2025-Q5')).toBe(false);
    expect(isQuarterValue('XXXX-Q3')).toBe(false);
  });

  it('reads the year that leads a value, and none where no year is written', () => {
    expect(yearOfValue('2025-03-03T15:00')).toBe('2025');
    expect(yearOfValue('2025')).toBe('2025');
    expect(yearOfValue('XXXX-03')).toBeUndefined();
    expect(yearOfValue('P3D')).toBeUndefined();
  });
});
