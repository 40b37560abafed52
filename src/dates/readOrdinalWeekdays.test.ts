import { addDays, getDay, lastDayOfMonth } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { toLocalDate } from './calendarDate.ts';
import { findMentions } from './findMentions.ts';
import { toTimex } from './toTimex.ts';

// A Wednesday in March.
const MARCH_12 = { published: '2025-03-12', locale: 'en-US' } as const;
const read = (text: string, published = MARCH_12.published) =>
  findMentions(text, { ...MARCH_12, published }).map((m) => [m.text, m.value] as const);

/** The Saturdays of a month, in order. */
function saturdays(year: number, month: number): Date[] {
  const days: Date[] = [];
  for (let d = new Date(year, month - 1, 1); d.getMonth() === month - 1; d = addDays(d, 1))
    if (getDay(d) === 6) days.push(d);
  return days;
}

describe('a weekday or the weekend of a month counted by its ordinal', () => {
  it('reads a scheduled ordinal weekday of a month as one day in the coming such month', () => {
    const found = read('Polling stations open on the first Thursday of October.');
    expect(found).toHaveLength(1);
    const [text, value] = found[0]!;
    expect(text).toBe('the first Thursday of October');
    const day = toLocalDate(value);
    expect([day.getFullYear(), day.getMonth() + 1, getDay(day)]).toEqual([2025, 10, 4]);
    expect(day.getDate()).toBeLessThanOrEqual(7);
  });

  it('reads the last weekend of a month as the week holding its last Saturday', () => {
    const found = read('The festival runs on the last weekend in June.');
    const lastSaturday = saturdays(2025, 6).at(-1)!;
    expect(found).toEqual([['the last weekend in June', `${toTimex(lastSaturday, 'week')}-WE`]]);
  });

  it('puts an ordinal weekend of a month told in the past in the last such month', () => {
    const found = read('The third weekend of August was the wettest on record.');
    expect(found).toEqual([
      ['The third weekend of August', `${toTimex(saturdays(2024, 8)[2]!, 'week')}-WE`],
    ]);
  });

  it('keeps the year written after the month', () => {
    const [[text, value]] = read('The vote is on the second Monday of June 2027.') as [
      [string, string],
    ];
    expect(text).toBe('the second Monday of June 2027');
    const day = toLocalDate(value);
    expect([day.getFullYear(), day.getMonth() + 1, getDay(day)]).toEqual([2027, 6, 1]);
    expect(day.getDate()).toBeGreaterThan(7);
    expect(day.getDate()).toBeLessThanOrEqual(14);
  });

  it('moves a day of the publication month to the side of it the tense gives', () => {
    // Published on the 12th: the first Friday is gone, the last still to come.
    const gone = read('The board will meet on the first Friday of March.');
    const firstFriday = toLocalDate(gone[0]![1]);
    expect([firstFriday.getFullYear(), firstFriday.getMonth() + 1]).toEqual([2026, 3]);
    const ahead = read('The board met on the last Friday of March.');
    const lastFriday = toLocalDate(ahead[0]![1]);
    const lastDay = lastDayOfMonth(new Date(2024, 2, 1));
    expect(lastFriday.getFullYear()).toBe(2024);
    expect(lastFriday > addDays(lastDay, -7) && lastFriday <= lastDay).toBe(true);
  });

  it('leaves "last Friday in March" without "the" as the Friday just gone', () => {
    const found = read('Officials met last Friday in March to sign it.');
    expect(found.map(([text]) => text)).not.toContain('last Friday in March');
  });

  it('leaves an ordinal after "a" or "another" to the bare weekday, as a count of turns', () => {
    const published = toLocalDate(MARCH_12.published);
    const sundayGone = toTimex(addDays(published, -getDay(published)), 'day');
    for (const text of [
      'Protesters gathered for a third Sunday in March.',
      'Protesters gathered for another second Sunday in March.',
    ])
      expect(read(text)[0]).toEqual(['Sunday', sundayGone]);
  });

  it('leaves an ordinal after "every" to the readers of recurrences, not one day', () => {
    const found = read('Every second Tuesday in May the fair opens.');
    expect(found[0]).toEqual(['Every second Tuesday', 'XXXX-WXX-2']);
    for (const [, value] of found) expect(value).not.toMatch(/^\d{4}-\d{2}-\d{2}/);
  });
});
