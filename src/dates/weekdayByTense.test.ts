import { getDay } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { toLocalDate } from './calendarDate.ts';
import { nearestWeekday, weekdayByTense } from './weekdayByTense.ts';

describe('weekdayByTense', () => {
  it('returns the publication day itself for its own weekday in either tense', () => {
    expect(weekdayByTense(3, '2025-08-06', 'past')).toBe('2025-08-06');
    expect(weekdayByTense(3, '2025-08-06', 'future')).toBe('2025-08-06');
  });

  it('always lands on the weekday asked for, within a week of publication', () => {
    for (let weekday = 0; weekday < 7; weekday++) {
      for (const tense of ['past', 'future', 'unknown'] as const) {
        const day = toLocalDate(weekdayByTense(weekday, '2024-12-30', tense));
        expect(getDay(day)).toBe(weekday);
        const days = (day.getTime() - toLocalDate('2024-12-30').getTime()) / 86_400_000;
        expect(tense === 'future' ? days >= 0 && days < 7 : days <= 0 && days > -7).toBe(true);
      }
    }
  });

  it('crosses a year end', () => {
    expect(weekdayByTense(5, '2024-12-30', 'future')).toBe('2025-01-03');
    expect(weekdayByTense(5, '2025-01-01', 'past', 'last')).toBe('2024-12-27');
  });
});

describe('nearestWeekday', () => {
  it('takes a weekday three days back at most as the one gone by, and a further one as the coming one', () => {
    // 2025-08-10 is a Sunday.
    expect(nearestWeekday(1, '2025-08-10')).toBe('2025-08-11');
    expect(nearestWeekday(4, '2025-08-10')).toBe('2025-08-07');
    expect(nearestWeekday(3, '2025-08-10')).toBe('2025-08-13');
    expect(nearestWeekday(5, '2025-08-10')).toBe('2025-08-08');
  });

  it('takes the weekday gone by when the story was told up to a day gone by on or before it', () => {
    expect(nearestWeekday(3, '2025-08-10', '2025-08-05')).toBe('2025-08-06');
    expect(nearestWeekday(3, '2025-08-10', '2025-08-06')).toBe('2025-08-06');
    // A story day after the weekday gone by, or the publication day itself, leaves it ahead.
    expect(nearestWeekday(3, '2025-08-10', '2025-08-08')).toBe('2025-08-13');
    expect(nearestWeekday(3, '2025-08-10', '2025-08-10')).toBe('2025-08-13');
  });

  it('leaves the weekday ahead when the story was told up to a day more than two weeks before the weekday gone by', () => {
    // 2025-12-09 is a Tuesday: "arrested on July 4 … due to be sentenced on Friday".
    expect(nearestWeekday(5, '2025-12-09', '2025-07-04')).toBe('2025-12-12');
    // Wednesday 2025-08-06 gone by: fifteen days before it is too far back.
    expect(nearestWeekday(3, '2025-08-10', '2025-07-22')).toBe('2025-08-13');
    // Fourteen days before it, or a week before publication, is still the story's run.
    expect(nearestWeekday(3, '2025-08-10', '2025-07-23')).toBe('2025-08-06');
    expect(nearestWeekday(3, '2025-08-10', '2025-08-02')).toBe('2025-08-06');
    // 2026-12-01 is a Tuesday: "convicted on Nov. 20 … due to be sentenced on Wednesday".
    expect(nearestWeekday(3, '2026-12-01', '2026-11-20')).toBe('2026-11-25');
  });

  it('returns the publication day itself for its own weekday', () => {
    expect(nearestWeekday(0, '2025-08-10')).toBe('2025-08-10');
  });
});
