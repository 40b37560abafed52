import { addDays, getDay, startOfISOWeek } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { toLocalDate } from './calendarDate.ts';
import { isoWeekPlace } from './isoWeekPlace.ts';

describe('isoWeekPlace', () => {
  it('places each day of a week by its distance from that ISO week’s Monday', () => {
    const monday = startOfISOWeek(toLocalDate('2025-08-06'));
    for (let i = 0; i < 7; i++) expect(isoWeekPlace(getDay(addDays(monday, i)))).toBe(i);
  });
});
