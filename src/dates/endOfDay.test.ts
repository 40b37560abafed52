import { describe, expect, it } from 'vitest';
import { dayOpenedBy, endOfDay } from './endOfDay.ts';
import { shiftTimex } from './shiftTimex.ts';

const FRIDAY = '2025-03-14';
const SATURDAY = shiftTimex(FRIDAY, { amount: 1, unit: 'day' });

describe('endOfDay', () => {
  it("gives news the next day's start and TimeML the day's 24th hour", () => {
    expect(endOfDay(FRIDAY, { timeml: false })).toBe(`${SATURDAY}T00:00`);
    expect(endOfDay(FRIDAY, { timeml: true })).toBe(`${FRIDAY}T24`);
  });

  it("keeps the day's own start when asked, in both modes", () => {
    expect(endOfDay(FRIDAY, { timeml: false, keepStart: true })).toBe(`${FRIDAY}T00:00`);
    expect(endOfDay(FRIDAY, { timeml: true, keepStart: true })).toBe(`${FRIDAY}T00:00`);
  });

  it('says which day a later clock goes on from', () => {
    expect(dayOpenedBy(endOfDay(FRIDAY, { timeml: false }))).toBe(SATURDAY);
    expect(dayOpenedBy(endOfDay(FRIDAY, { timeml: true }))).toBe(SATURDAY);
    expect(dayOpenedBy(endOfDay(FRIDAY, { timeml: false, keepStart: true }))).toBe(FRIDAY);
  });
});
