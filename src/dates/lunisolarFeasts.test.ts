import { describe, expect, it } from 'vitest';
import { toCalendarDate } from './calendarDate.ts';
import { firstDayOfHanukkah, lunarNewYear } from './lunisolarFeasts.ts';

const day = (date: Date | undefined) => (date ? toCalendarDate(date) : undefined);

describe('lunisolar feasts from the calendars ICU keeps', () => {
  it('finds Lunar New Year on the first day of the Chinese first month, late January to February', () => {
    // As published calendars give them: the Year of the Dragon, the Snake, the Horse.
    expect(day(lunarNewYear(2024))).toBe('2024-02-10');
    expect(day(lunarNewYear(2025))).toBe('2025-01-29');
    expect(day(lunarNewYear(2026))).toBe('2026-02-17');
    expect(day(lunarNewYear(1998))).toBe('1998-01-28');
  });

  it('finds the first day of Hanukkah on 25 Kislev, the day after its first candle is lit', () => {
    expect(day(firstDayOfHanukkah(2023))).toBe('2023-12-08');
    expect(day(firstDayOfHanukkah(2024))).toBe('2024-12-26');
    expect(day(firstDayOfHanukkah(2025))).toBe('2025-12-15');
  });
});
