import { describe, expect, it } from 'vitest';
import {
  PART_OF_DAY,
  PART_OF_DAY_BUT_NIGHT_SOURCE,
  PART_OF_DAY_SOURCE,
  TIMEX_PART_OF_DAY_SOURCE,
} from './partOfDay.ts';

const whole = (source: string) => new RegExp(`^(?:${source})$`, 'i');

describe('partOfDay', () => {
  it('matches each part of the day PART_OF_DAY gives a TIMEX3 part for, and not "tonight"', () => {
    for (const word of Object.keys(PART_OF_DAY))
      expect(whole(PART_OF_DAY_SOURCE).test(word)).toBe(true);
    expect(whole(PART_OF_DAY_SOURCE).test('Evening')).toBe(true);
    expect(whole(PART_OF_DAY_SOURCE).test('tonight')).toBe(false);
    expect(whole(PART_OF_DAY_SOURCE).test('overnight')).toBe(false);
    expect(whole(PART_OF_DAY_SOURCE).test('midday')).toBe(false);
  });

  it('leaves the night out of the parts that take "in the" and "this"', () => {
    expect(whole(PART_OF_DAY_BUT_NIGHT_SOURCE).test('morning')).toBe(true);
    expect(whole(PART_OF_DAY_BUT_NIGHT_SOURCE).test('afternoon')).toBe(true);
    expect(whole(PART_OF_DAY_BUT_NIGHT_SOURCE).test('evening')).toBe(true);
    expect(whole(PART_OF_DAY_BUT_NIGHT_SOURCE).test('night')).toBe(false);
  });

  it('matches the TIMEX3 part of a day with its part ("2026-03-06TNI") and not a clock', () => {
    const dayPart = new RegExp(`^\\d{4}-\\d{2}-\\d{2}T(?:${TIMEX_PART_OF_DAY_SOURCE})$`);
    expect(dayPart.test('2026-03-06TNI')).toBe(true);
    expect(dayPart.test('2026-03-06TMO')).toBe(true);
    expect(dayPart.test('2026-03-06T22:00')).toBe(false);
  });
});
