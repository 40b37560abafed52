import { describe, expect, it } from 'vitest';
import type { Mention } from '../model/mention.ts';
import { apposedWeekday } from './apposedWeekday.ts';
import { WEEKDAY_PATTERN } from './weekdayNames.ts';

const WEEKDAY_ALONE = new RegExp(`^(?:on\\s+)?(${WEEKDAY_PATTERN})(?:\\s+night)?$`, 'i');

function at(text: string, words: string, value: string): Mention {
  const start = text.indexOf(words);
  return {
    text: words,
    start,
    end: start + words.length,
    type: 'DATE',
    value,
    granularity: 'day',
    anchor: { kind: 'published', date: '2025-02-24' },
  };
}

describe('apposedWeekday', () => {
  it('reads "On Saturday night, Feb. 22" as a Saturday set before a day after a comma', () => {
    const text = 'On Saturday night, Feb. 22, police came.';
    const weekday = at(text, 'On Saturday night', '2025-02-22');
    const day = at(text, 'Feb. 22', '2025-02-22');
    expect(apposedWeekday(text, weekday, day, WEEKDAY_ALONE)).toBe(6);
  });

  it('reads "Sunday, March 2" as a Sunday, weekday zero', () => {
    const text = 'They vote Sunday, March 2.';
    const weekday = at(text, 'Sunday', '2025-02-23');
    const day = at(text, 'March 2', '2025-03-02');
    expect(apposedWeekday(text, weekday, day, WEEKDAY_ALONE)).toBe(0);
  });

  it('does not read "on Monday and March 3" as an apposition, with more than a comma between', () => {
    const text = 'They met on Monday and March 3.';
    const weekday = at(text, 'on Monday', '2025-02-24');
    const day = at(text, 'March 3', '2025-03-03');
    expect(apposedWeekday(text, weekday, day, WEEKDAY_ALONE)).toBeUndefined();
  });

  it('does not read "Saturday, in March" as one, the words beside it naming no day', () => {
    const text = 'It opens Saturday, in March.';
    const weekday = at(text, 'Saturday', '2025-02-22');
    const month = at(text, 'in March', '2025-03');
    expect(apposedWeekday(text, weekday, month, WEEKDAY_ALONE)).toBeUndefined();
  });

  it('does not read "last weekend, Feb. 22" as one, its words being no weekday alone', () => {
    const text = 'It rained last weekend, Feb. 22.';
    const weekend = at(text, 'last weekend', '2025-02-22');
    const day = at(text, 'Feb. 22', '2025-02-22');
    expect(apposedWeekday(text, weekend, day, WEEKDAY_ALONE)).toBeUndefined();
  });
});
