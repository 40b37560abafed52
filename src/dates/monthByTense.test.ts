import { describe, expect, it } from 'vitest';
import { dayMonthByTense, monthByTense } from './monthByTense.ts';

describe('monthByTense', () => {
  it('reads a past month as the latest on or before the publication month', () => {
    expect(monthByTense(7, '2025-08-06', 'past')).toBe('2025-07');
    expect(monthByTense(12, '2025-08-06', 'past')).toBe('2024-12');
    expect(monthByTense(8, '2025-08-06', 'unknown')).toBe('2025-08');
  });

  it('reads a future month as the next on or after the publication month', () => {
    expect(monthByTense(2, '2023-11-20', 'future')).toBe('2024-02');
    expect(monthByTense(11, '2023-11-20', 'future')).toBe('2023-11');
  });

  it('reads a month a thing is put off to as the nearest one gone by a month at most', () => {
    expect(monthByTense(4, '2025-03-12', 'past', undefined, 'ahead')).toBe('2025-04');
    expect(monthByTense(2, '2025-03-12', 'past', undefined, 'ahead')).toBe('2025-02');
    expect(monthByTense(1, '2025-03-12', 'past', undefined, 'ahead')).toBe('2026-01');
    expect(monthByTense(12, '2026-01-20', 'future', undefined, 'ahead')).toBe('2025-12');
  });

  it('takes last and next months strictly before and after', () => {
    expect(monthByTense(8, '2025-08-06', 'past', 'last')).toBe('2024-08');
    expect(monthByTense(8, '2025-08-06', 'future', 'next')).toBe('2026-08');
  });
});

describe('dayMonthByTense', () => {
  it('takes the nearest such day when it is close to publication', () => {
    expect(dayMonthByTense(8, 8, '2025-08-07', 'past')).toBe('2025-08-08');
    expect(dayMonthByTense(1, 3, '2024-12-30', 'unknown')).toBe('2025-01-03');
  });

  it('lets the tense overrule the nearest day when it is over three months on the wrong side', () => {
    expect(dayMonthByTense(12, 20, '2025-09-01', 'past')).toBe('2024-12-20');
    expect(dayMonthByTense(8, 20, '2025-12-01', 'future')).toBe('2026-08-20');
  });

  it('keeps the nearest day a month or two away whatever the tense', () => {
    expect(dayMonthByTense(2, 10, '2000-01-07', 'past')).toBe('2000-02-10');
    expect(dayMonthByTense(8, 26, '1989-10-25', 'future')).toBe('1989-08-26');
  });
});

describe('dayMonthByTense: a past verb right before the day', () => {
  it('puts the day before publication however near the next one is', () => {
    expect(dayMonthByTense(1, 31, '1989-11-20', 'past')).toBe('1990-01-31');
    expect(dayMonthByTense(1, 31, '1989-11-20', 'past', 'past')).toBe('1989-01-31');
  });

  it('leaves a day already before publication where it is', () => {
    expect(dayMonthByTense(11, 2, '1989-11-20', 'past', 'past')).toBe('1989-11-02');
  });
});

describe('dayMonthByTense: a verb of schedule right before the day', () => {
  it('puts a day gone more than a month ago this year into the next year', () => {
    expect(dayMonthByTense(1, 1, '2025-03-12', 'unknown')).toBe('2025-01-01');
    expect(dayMonthByTense(1, 1, '2025-03-12', 'unknown', 'ahead')).toBe('2026-01-01');
    expect(dayMonthByTense(2, 1, '2025-03-12', 'future', 'ahead')).toBe('2026-02-01');
  });

  it('keeps a day gone only days or weeks ago as the one just gone', () => {
    expect(dayMonthByTense(3, 1, '2025-03-03', 'future', 'ahead')).toBe('2025-03-01');
    expect(dayMonthByTense(8, 25, '2025-09-02', 'future', 'ahead')).toBe('2025-08-25');
    expect(dayMonthByTense(2, 20, '2025-03-12', 'future', 'ahead')).toBe('2025-02-20');
  });

  it('leaves a day still to come, or the publication day itself, where it is', () => {
    expect(dayMonthByTense(4, 1, '2025-03-12', 'unknown', 'ahead')).toBe('2025-04-01');
    expect(dayMonthByTense(3, 12, '2025-03-12', 'unknown', 'ahead')).toBe('2025-03-12');
  });
});
